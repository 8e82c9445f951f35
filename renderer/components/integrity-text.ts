import type { TFunction } from 'i18next';
import type { IntegrityFinding, IntegritySource } from '../../shared/contract/integrity-commands';

/** A stream as staff read it: "order …9f3a21c4" rather than the whole id (a UUIDv7 starts with its time, so its end tells orders apart). */
function shortStream(stream: string): string {
  const dash = stream.indexOf('-');
  if (dash < 0) return stream;
  const id = stream.slice(dash + 1);
  return `${stream.slice(0, dash)} ${id.length > 8 ? `…${id.slice(-8)}` : id}`;
}

/** The folder is the till's own: the file's name (and its journal/ folder) is what tells it apart. */
export const fileName = (file: string): string => file.split(/[\\/]/).slice(-2).join('/');

/** What is wrong with the event, in words: "does not match its hash". */
function problemOf(t: TFunction, finding: IntegrityFinding): string {
  if (finding.kind === 'journal') return t('integrity.problem.journal');
  if (finding.kind === 'mismatch') return t('integrity.problem.mismatch');
  return /hash/.test(finding.reason) ? t('integrity.problem.hash') : t('integrity.problem.order');
}

/** What is wrong, in words: "Event #4211 (ItemAdded, order 0193ab…) does not match its hash — found at start-up". */
export function describeIssue(t: TFunction, finding: IntegrityFinding, source: IntegritySource): string {
  const when = t(`integrity.when.${source}`);
  if (finding.position === undefined) {
    return t('integrity.alert.place', { file: finding.file?.split(/[\\/]/).pop() ?? '?', offset: finding.offset ?? 0, when });
  }
  return t('integrity.alert.event', { position: finding.position, type: finding.eventType ?? '?', stream: shortStream(finding.stream ?? '?'), problem: problemOf(t, finding), when });
}

/**
 * One finding of a check, as the panel lists it under the check: what is
 * wrong (the event, or the damaged place when no event is named), where on
 * disk it was seen (file, byte, record), and the check's own reason — the
 * core's words, kept as they are because they name what a support person
 * looks for ("stored hash …, computed …").
 */
export interface FindingText {
  what: string;
  place: string | null;
  reason: string;
}

export function describeFinding(t: TFunction, finding: IntegrityFinding): FindingText {
  const what =
    finding.position === undefined
      ? t('integrity.finding.noEvent')
      : t('integrity.finding.event', { position: finding.position, type: finding.eventType ?? '?', stream: shortStream(finding.stream ?? '?'), problem: problemOf(t, finding) });
  return { what, place: placeOf(t, finding), reason: t('integrity.finding.reason', { reason: finding.reason }) };
}

/** "Seen in journal/000000000003.log at byte 4096, record 57", or null when the finding is not about a file. */
export function placeOf(t: TFunction, finding: IntegrityFinding): string | null {
  if (finding.file === undefined) return null;
  const file = fileName(finding.file);
  const where = finding.offset === undefined ? t('integrity.panel.placeFile', { file }) : t('integrity.panel.placeByte', { file, offset: finding.offset });
  return finding.lsn === undefined ? where : t('integrity.finding.withRecord', { where, lsn: finding.lsn });
}
