import { evolveStaff, initialStaffState, STAFF_STREAM, type StaffEvent } from '../../../shared/domain/staff';
import { fold } from '../../../shared/domain/decider';
import type { EventLog } from '../store/event-log';
import type { StaffEntry } from './compile-filter';

/**
 * Everyone who ever was on the roster (deactivated staff included: their
 * events stay in the log), folded from the staff stream rather than read
 * from the staff read model, so it is right on a folder opened read-only
 * whose read models lag the journal. The stream is small; the fold is kept
 * per log until the stream grows.
 */
const cache = new WeakMap<EventLog, { version: number; roster: StaffEntry[] }>();

export function readRoster(log: EventLog): StaffEntry[] {
  const version = log.streamVersion(STAFF_STREAM);
  const hit = cache.get(log);
  if (hit && hit.version === version) return hit.roster;
  const state = fold(evolveStaff, initialStaffState(), log.readStream(STAFF_STREAM) as unknown as StaffEvent[]);
  const roster = Object.values(state.members).map((m) => ({ staffId: m.staffId, name: m.name }));
  cache.set(log, { version, roster });
  return roster;
}

/** staff id → name, for showing who did what. */
export function staffNames(log: EventLog): Map<string, string> {
  return new Map(readRoster(log).map((s) => [s.staffId, s.name]));
}
