import type { TFunction } from 'i18next';
import type { IntegrityFinding, IntegritySource } from '../../shared/contract/integrity-commands';

/** A stream as staff read it: "order …9f3a21c4" rather than the whole id (a UUIDv7 starts with its time, so its end tells orders apart). */
function shortStream(stream: string): string {
  const dash = stream.indexOf('-');
  if (dash < 0) return stream;
  const id = stream.slice(dash + 1);
  return `${stream.slice(0, dash)} ${id.length > 8 ? `…${id.slice(-8)}` : id}`;
}

/** What is wrong, in words: "Event #4211 (ItemAdded, order 0193ab…) does not match its hash — found at start-up". */
export function describeIssue(t: TFunction, finding: IntegrityFinding, source: IntegritySource): string {
  const when = t(`integrity.when.${source}`);
  if (finding.position === undefined) {
    return t('integrity.alert.place', { file: finding.file?.split(/[\\/]/).pop() ?? '?', offset: finding.offset ?? 0, when });
  }
  const problem =
    finding.kind === 'journal'
      ? t('integrity.problem.journal')
      : finding.kind === 'mismatch'
        ? t('integrity.problem.mismatch')
        : /hash/.test(finding.reason)
          ? t('integrity.problem.hash')
          : t('integrity.problem.order');
  return t('integrity.alert.event', { position: finding.position, type: finding.eventType ?? '?', stream: shortStream(finding.stream ?? '?'), problem, when });
}
