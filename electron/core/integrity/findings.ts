import type { IntegrityFinding } from '../../../shared/contract/integrity-commands';
import { MAX_BREAKS, type BadEvent } from './chain-checker';

/**
 * A finding with where it sits in the log, so findings from the journal and
 * from the chain can be put in one order: the position of the event it
 * names, or, for a damaged place that names no event, just after the last
 * event read before it (`at` = that position + 0.5).
 */
export interface Placed {
  finding: IntegrityFinding;
  at: number;
}

export const placed = (finding: IntegrityFinding, at: number): Placed => ({ finding, at: finding.position ?? at });

export const chainFinding = (b: BadEvent): IntegrityFinding => ({
  kind: 'chain',
  reason: b.reason,
  position: b.position,
  eventId: b.id,
  stream: b.stream,
  eventType: b.type,
});

/**
 * Every finding of several checks in log order, one per event (up to
 * MAX_BREAKS). Two naming one event become one: a chain break and a journal
 * finding keep the chain's reason and the journal's place; the same break
 * found by two walks keeps the one that knows a place. At equal positions a
 * finding that names an event comes before a place that names none.
 */
export function mergeFindings(...lists: readonly (readonly Placed[])[]): Placed[] {
  const all = lists.flat().sort((a, b) => a.at - b.at || Number(b.finding.position !== undefined) - Number(a.finding.position !== undefined));
  const out: Placed[] = [];
  for (const p of all) {
    const prev = out.at(-1);
    if (prev && p.finding.position !== undefined && prev.finding.position === p.finding.position) {
      out[out.length - 1] = { at: prev.at, finding: combine(prev.finding, p.finding) };
      continue;
    }
    if (out.length >= MAX_BREAKS) break;
    out.push(p);
  }
  return out;
}

function combine(a: IntegrityFinding, b: IntegrityFinding): IntegrityFinding {
  const journal = a.kind === 'chain' ? b : a;
  const chain = a.kind === 'chain' ? a : b;
  if (journal.kind === 'chain') return a.file !== undefined || b.file === undefined ? a : b; // one break, two walks
  if (chain.kind !== 'chain') return a; // two journal findings on one event: the first says enough
  return { ...journal, kind: 'chain', reason: `${chain.reason}; it also differs from its journal record` };
}

/** The first finding of a merged list, or null. */
export const firstFinding = (list: readonly Placed[]): IntegrityFinding | null => list[0]?.finding ?? null;
