/**
 * Folded aggregate states by stream, so a command does not re-read its whole
 * stream every time. Changes made while a command runs are staged and only
 * kept if the command (and its journal write) succeeds.
 */
interface Entry {
  version: number;
  state: unknown;
}

export class StateCache {
  private readonly entries = new Map<string, Entry>();
  private staged = new Map<string, Entry>();

  constructor(private readonly capacity = 2000) {}

  get(stream: string): Entry | undefined {
    const staged = this.staged.get(stream);
    if (staged) return staged;
    const entry = this.entries.get(stream);
    if (entry) {
      // Refresh its place in the LRU order: a stream read by every command (the menu) must never be the oldest.
      this.entries.delete(stream);
      this.entries.set(stream, entry);
    }
    return entry;
  }

  stage(stream: string, version: number, state: unknown): void {
    this.staged.set(stream, { version, state });
  }

  /** Keeps what the last command staged. */
  commit(): void {
    for (const [stream, entry] of this.staged) {
      this.entries.delete(stream); // re-insert: Map order is the LRU order
      this.entries.set(stream, entry);
    }
    this.staged.clear();
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  discard(): void {
    this.staged.clear();
  }

  clear(): void {
    this.staged.clear();
    this.entries.clear();
  }
}
