import type { EventLog } from '../store/event-log';
import { ChainChecker, type BadEvent, type ChainHead } from './chain-checker';
import type { SliceRunner } from './journal-check';

/** Events per slice: a few tens of ms of hashing, so a command never waits long behind one. */
export const FULL_CHECK_SLICE = 2_000;

export interface FullCheckProgress {
  checked: number;
  total: number;
}

export interface FullCheckResult {
  events: number;
  firstBad: BadEvent | null;
  /** Every break found, first first (up to MAX_BREAKS): the check goes on past each. */
  breaks: BadEvent[];
  terminals: Record<string, ChainHead>;
  /** True when stopped (the till closing) before the end of the log. */
  stopped: boolean;
}

/**
 * The whole log's chain, from the first event to the last, in slices: each
 * slice reads and checks FULL_CHECK_SLICE events inside `slice` (the writer's
 * exclusive turn in a live till), and commands queued meanwhile run between
 * slices. Events appended during the check are checked too: it ends at the
 * end of the log as it is when the last slice runs. A break does not end it
 * (see ChainChecker): every break up to the cap is found.
 */
export async function checkFullChain(
  log: EventLog,
  slice: SliceRunner,
  opts: { onProgress?: (p: FullCheckProgress) => void; shouldStop?: () => boolean; sliceSize?: number } = {},
): Promise<FullCheckResult> {
  const checker = new ChainChecker();
  const result = (stopped: boolean): FullCheckResult => ({
    events: checker.events,
    firstBad: checker.firstBad,
    breaks: [...checker.breaks],
    terminals: checker.terminals(),
    stopped,
  });
  const size = opts.sliceSize ?? FULL_CHECK_SLICE;
  let after = 0;
  let done = false;
  while (!done) {
    // A turn of the event loop between slices: I/O (a command arriving from a screen) gets in before the next slice.
    if (after > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    if (opts.shouldStop?.()) return result(true);
    await slice(async () => {
      if (opts.shouldStop?.()) return;
      const batch = log.readAfter(after, size);
      for (const r of batch) {
        checker.check(r);
        if (checker.full) break;
      }
      const last = batch.at(-1);
      if (last) after = last.position;
      done = batch.length < size || checker.full;
      opts.onProgress?.({ checked: checker.events, total: Math.max(log.lastPosition, checker.events) });
    });
  }
  return result(false);
}
