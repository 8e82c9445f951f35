import type { Reply } from '../../../shared/contract/api';
import type { Command, CommandResult } from '../../../shared/contract/commands';
import { toErrorShape } from '../../../shared/kernel/errors';
import type { TillWriter } from '../till-writer';
import type { Authorizer, Submission } from './authorizer';

/**
 * Hands commands to the writer in the order they were submitted. A command
 * carrying a PIN waits for scrypt before it may join the writer's queue; the
 * commands submitted after it wait behind it rather than overtake it, so a
 * client that sends SignIn and then OpenOrder without waiting gets them run
 * in that order. While nothing is waiting, a command goes straight through.
 */
export class CommandIntake {
  private waiting = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly authorizer: Authorizer,
    private readonly writer: TillWriter,
    /** For replays of history: when a command happened (see OpenTillOptions.commandTime). */
    private readonly commandTime?: (command: Command) => number | undefined,
  ) {}

  /** A command from a client (a staff member at the till) or, with `system`, from the core itself. */
  submit(command: Command, system: boolean): Promise<Reply<CommandResult>> {
    const time = this.commandTime?.(command);
    const at = (s: Submission): Submission => (time === undefined ? s : { ...s, time });
    let prepared: Submission | Promise<Submission>;
    try {
      prepared = this.authorizer.prepare(command, system);
    } catch (e) {
      return Promise.resolve({ ok: false, error: toErrorShape(e) });
    }
    if (!(prepared instanceof Promise)) {
      if (this.waiting === 0) return this.writer.submit(at(prepared));
      const ready = prepared;
      return this.inTurn(async () => at(ready));
    }
    // Marked as handled now: a refusal (a wrong PIN) may come before this command's turn does.
    const pending = prepared;
    pending.catch(() => undefined);
    return this.inTurn(async () => at(await pending));
  }

  /** A submission the core made itself, already without PINs (the demo staff with their stored hashes). */
  submitPrepared(submission: Submission): Promise<Reply<CommandResult>> {
    if (this.waiting === 0) return this.writer.submit(submission);
    return this.inTurn(async () => submission);
  }

  private inTurn(prepare: () => Promise<Submission>): Promise<Reply<CommandResult>> {
    this.waiting += 1;
    const ahead = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    return (async (): Promise<Reply<CommandResult>> => {
      try {
        await ahead;
        // writer.submit queues the command synchronously; `finally` then lets the next one in.
        return this.writer.submit(await prepare());
      } catch (e) {
        return { ok: false, error: toErrorShape(e) };
      } finally {
        this.waiting -= 1;
        release();
      }
    })();
  }
}
