import type { Recorded } from '../../../shared/kernel/recorded';
import type { CommandResult } from '../../../shared/contract/commands';

/** What one journal record holds: one command's outcome, whole. */
export interface JournalPayload {
  /** 1..n over the life of the data folder, gapless. */
  lsn: number;
  commandId: string;
  result: CommandResult;
  events: Recorded[];
}

export function isJournalPayload(p: unknown): p is JournalPayload {
  if (typeof p !== 'object' || p === null) return false;
  const o = p as Record<string, unknown>;
  return Number.isSafeInteger(o.lsn) && typeof o.commandId === 'string' && Array.isArray(o.events) && typeof o.result === 'object';
}
