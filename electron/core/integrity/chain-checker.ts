import type { Recorded } from '../../../shared/kernel/recorded';
import { GENESIS_HASH, hashEvent } from '../store/hash-chain';

export interface BadEvent {
  position: number;
  id: string;
  stream: string;
  type: string;
  reason: string;
}

export interface ChainHead {
  seq: number;
  head: string;
}

/** Where a check starts when it does not start at the first event: what the log held just before it. */
export interface ChainStart {
  /** The position the first event given must have. */
  position: number;
  /** A terminal's last sequence number and hash before that position. */
  headBefore(terminal: string): ChainHead;
  /** A stream's version before that position. */
  versionBefore(stream: string): number;
}

const FROM_GENESIS: ChainStart = { position: 1, headBefore: () => ({ seq: 0, head: GENESIS_HASH }), versionBefore: () => 0 };

/** Breaks a check reports at most: a log damaged wholesale says so in the first hundred. */
export const MAX_BREAKS = 100;

/**
 * Checks events one by one, in position order: each must continue the log's
 * positions, its terminal's sequence and hash chain, and its stream's
 * versions. Fed the whole log it is `verifyLog`; fed a range (the journal
 * tail, one slice of a background check) it starts from what the log held
 * before the range.
 *
 * It does not stop at a break. After a bad event it resynchronises on that
 * event's own stored hash, sequence, version and position, so the events
 * after it are checked against it: one edited event is one break (not a
 * cascade), and a second edit further on is a break of its own. Otherwise a
 * later edit would hide behind an earlier one that a manager had already
 * acknowledged. Every break is kept, up to `maxBreaks`; `firstBad` is the
 * first of them.
 */
export class ChainChecker {
  private readonly heads = new Map<string, ChainHead>();
  private readonly versions = new Map<string, number>();
  private expected: number;
  private count = 0;
  private readonly found: BadEvent[] = [];

  constructor(
    private readonly start: ChainStart = FROM_GENESIS,
    private readonly maxBreaks = MAX_BREAKS,
  ) {
    this.expected = start.position;
  }

  get firstBad(): BadEvent | null {
    return this.found[0] ?? null;
  }

  /** Every break found, in the order checked (up to maxBreaks). */
  get breaks(): readonly BadEvent[] {
    return this.found;
  }

  /** maxBreaks were found: the checker checks nothing more. */
  get full(): boolean {
    return this.found.length >= this.maxBreaks;
  }

  /** Events checked (up to the break that made it full). */
  get events(): number {
    return this.count;
  }

  /** The next position this checker expects. */
  get nextPosition(): number {
    return this.expected;
  }

  /** Each terminal's head as far as this checker has followed it. */
  terminals(): Record<string, ChainHead> {
    return Object.fromEntries(this.heads);
  }

  /** Checks one event; answers whether it continues the chain (false too once full). */
  check(r: Recorded): boolean {
    if (this.full) return false;
    this.count += 1;
    const head = this.heads.get(r.meta.terminal) ?? this.start.headBefore(r.meta.terminal);
    const version = this.versions.get(r.stream) ?? this.start.versionBefore(r.stream);
    const reason =
      r.position < this.expected
        ? `position ${r.position} repeats or goes back (${this.expected} was expected)`
        : r.position > this.expected
          ? `position ${r.position} where ${this.expected} was expected`
          : r.meta.seq !== head.seq + 1
            ? `terminal ${r.meta.terminal} sequence ${r.meta.seq} after ${head.seq}`
            : r.version !== version + 1
              ? `stream version ${r.version} out of order`
              : hashEvent(head.head, r) !== r.hash
                ? 'hash does not match its content and the chain before it'
                : null;
    if (reason) this.found.push({ position: r.position, id: r.id, stream: r.stream, type: r.type, reason });
    // Good or bad, the next event is checked against this one as stored (see the class comment).
    this.heads.set(r.meta.terminal, { seq: r.meta.seq, head: r.hash });
    this.versions.set(r.stream, r.version);
    this.expected = r.position + 1;
    return reason === null;
  }
}
