import type { DocketApi } from '../../../shared/contract/api';
import type { Query } from '../../../shared/contract/queries';
import type { Till } from '../open-till';

/**
 * The till as the screens see it (DocketApi), with the answers to the
 * queries `hold` picks kept back until release(): how a test makes an answer
 * arrive late, to check that a store drops what is no longer asked for.
 */
export function gatedApi(till: Till, hold: (q: Query) => boolean): { api: DocketApi; release: () => void } {
  const held: (() => void)[] = [];
  const api: DocketApi = {
    command: (c) => till.command(c),
    onPush: (l) => till.onPush(l),
    query: (async (q: Query) => {
      const r = await till.query(q);
      if (hold(q)) await new Promise<void>((go) => held.push(go));
      return r;
    }) as DocketApi['query'],
  };
  return { api, release: () => held.splice(0).forEach((go) => go()) };
}
