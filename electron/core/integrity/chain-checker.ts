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

/**
 * Checks events one by one, in position order: each must continue the log's
 * positions, its terminal's sequence and hash chain, and its stream's
 * versions. The first that does not is kept as `firstBad`; nothing after it
 * is trusted, so later events are only counted. Fed the whole log it is
 * `verifyLog`; fed a range (the journal tail, one slice of a background
 * check) it starts from what the log held before the range.
 */
export class ChainChecker {
  private readonly heads = new Map<string, ChainHead>();
  private readonly versions = new Map<string, number>();
  private expected: number;
  private count = 0;
  private bad: BadEvent | null = null;

  constructor(private readonly start: ChainStart = FROM_GENESIS) {
    this.expected = start.position;
  }

  get firstBad(): BadEvent | null {
    return this.bad;
  }

  /** Events checked (up to and including the first bad one). */
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

  /** Checks one event; answers false once the chain is broken (here or earlier). */
  check(r: Recorded): boolean {
    if (this.bad) return false;
    this.count += 1;
    const head = this.heads.get(r.meta.terminal) ?? this.start.headBefore(r.meta.terminal);
    const version = this.versions.get(r.stream) ?? this.start.versionBefore(r.stream);
    const reason =
      r.position !== this.expected
        ? `position ${r.position} where ${this.expected} was expected`
        : r.meta.seq !== head.seq + 1
          ? `terminal ${r.meta.terminal} sequence ${r.meta.seq} after ${head.seq}`
          : r.version !== version + 1
            ? `stream version ${r.version} out of order`
            : hashEvent(head.head, r) !== r.hash
              ? 'hash does not match its content and the chain before it'
              : null;
    if (reason) {
      this.bad = { position: r.position, id: r.id, stream: r.stream, type: r.type, reason };
      return false;
    }
    this.heads.set(r.meta.terminal, { seq: r.meta.seq, head: r.hash });
    this.versions.set(r.stream, r.version);
    this.expected += 1;
    return true;
  }
}
