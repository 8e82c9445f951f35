import { describe, expect, it } from 'vitest';
import type { DocketApi } from '../../shared/contract/api';
import type { Query } from '../../shared/contract/queries';
import { createHistoryInspectStore } from '../../renderer/stores/history-inspect-store';
import { createStatusStore } from '../../renderer/stores/status-store';
import type { Till } from '../core/open-till';
import { openSignedInTill, sellOrder, signInAsManager, tempDir, unwrap } from '../core/test-support/fixtures';

/** The till as the screens see it; the answers to the queries `hold` picks wait for release(). */
function gated(till: Till, hold: (q: Query) => boolean) {
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

/**
 * The history screen's inspect store (an event, a stream's timeline, the
 * till at a moment) against a real till, with answers let through in the
 * wrong order: the latest request always wins, and a double tap on "more
 * steps" appends each step once.
 */
describe('history inspect store against a real till', () => {
  it('keeps the latest stream, event and moment when an older answer comes late; more steps never repeat', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const [a, b] = [await sellOrder(till, undefined, 4), await sellOrder(till, undefined, 3)];
    await signInAsManager(till);
    const streamA = `order-${a}`;
    const streamB = `order-${b}`;
    const label = (id: string) => ({ kind: 'order' as const, id });

    // A's timeline is slow, B's quick: B stays open when A's answer finally arrives.
    const slowA = gated(till, (q) => q.type === 'GetStreamTimeline' && q.stream === streamA);
    const store = createHistoryInspectStore(slowA.api, createStatusStore(), { timelinePage: 2 });
    const openA = store.getState().openStream(streamA, label(a));
    await store.getState().openStream(streamB, label(b));
    slowA.release();
    await openA;
    expect(store.getState().stream?.stream).toBe(streamB);

    // Two taps on "more": each step once, in version order, to the stream's end.
    const full = unwrap(await till.query({ type: 'GetStreamTimeline', stream: streamB }));
    await Promise.all([store.getState().moreSteps(), store.getState().moreSteps()]);
    while (store.getState().stream?.timeline.more) await Promise.all([store.getState().moreSteps(), store.getState().moreSteps()]);
    expect(store.getState().stream?.timeline.steps.map((s) => s.version)).toEqual(full.steps.map((s) => s.version));

    // An event opened by position: the later one wins.
    const [p1, p2] = [full.steps[0]?.position as number, full.steps[2]?.position as number];
    const slowP1 = gated(till, (q) => q.type === 'FilterEvents' && q.filter === `position = ${p1}`);
    const events = createHistoryInspectStore(slowP1.api, createStatusStore());
    const first = events.getState().openPosition(p1);
    await events.getState().openPosition(p2);
    slowP1.release();
    await first;
    expect(events.getState().event?.event.position).toBe(p2);

    // The till at a moment: the later moment wins.
    const slowEarly = gated(till, (q) => q.type === 'GetTillAt' && q.atPosition === 5);
    const moments = createHistoryInspectStore(slowEarly.api, createStatusStore());
    const early = moments.getState().loadTillAt({ atPosition: 5 });
    await moments.getState().loadTillAt({ atPosition: p2 });
    slowEarly.release();
    await early;
    expect(moments.getState().tillAt?.atPosition).toBe(p2);
    await till.close();
  });
});
