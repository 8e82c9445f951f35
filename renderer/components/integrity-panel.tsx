import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { IntegrityCheckView, IntegrityIssueView } from '../../shared/contract/integrity-queries';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { integrityStoreFor } from '../stores/integrity-store';
import { describeIssue } from './integrity-text';

/** One check's result in words: running with progress, OK with what it read, or the first bad event. */
function CheckResult({ check, testId }: { check: IntegrityCheckView | null; testId: string }) {
  const { t } = useTranslation();
  if (!check) return <dd data-testid={testId}>{t('integrity.panel.notRun')}</dd>;
  if (check.status === 'running') {
    return <dd data-testid={testId}>{t('integrity.panel.running', { checked: check.checkedEvents, total: check.totalEvents })}</dd>;
  }
  if (check.status === 'stopped') return <dd data-testid={testId}>{t('integrity.panel.stopped')}</dd>;
  if (check.finding) {
    return (
      <dd className="integrity-bad" data-testid={testId} data-ok="false">
        {t('integrity.panel.bad', { detail: describeIssue(t, check.finding, check.source) })}
      </dd>
    );
  }
  return (
    <dd className="integrity-ok" data-testid={testId} data-ok="true">
      {check.source === 'startup'
        ? t('integrity.panel.okJournal', { records: check.records, segments: check.segments, events: check.checkedEvents })
        : t('integrity.panel.ok', { events: check.checkedEvents })}
    </dd>
  );
}

/** The folder is the till's own: the file's name (and its journal/ folder) is what tells it apart. */
const fileName = (file: string): string => file.split(/[\\/]/).slice(-2).join('/');

function IssueItem({ issue }: { issue: IntegrityIssueView }) {
  const { t } = useTranslation();
  const { time } = useFormat();
  const ack = issue.acknowledged;
  return (
    <li className="integrity-issue" data-testid="integrity-issue" data-acknowledged={ack ? 'true' : 'false'}>
      <p className="integrity-bad">{describeIssue(t, issue.finding, issue.source)}</p>
      <p>{issue.finding.reason}</p>
      {issue.finding.file !== undefined && (
        <p data-testid="integrity-issue-place">
          {issue.finding.offset === undefined
            ? t('integrity.panel.placeFile', { file: fileName(issue.finding.file) })
            : t('integrity.panel.placeByte', { file: fileName(issue.finding.file), offset: issue.finding.offset })}
        </p>
      )}
      <p>{t('integrity.panel.found', { when: t(`integrity.when.${issue.source}`), at: time(issue.foundAt) })}</p>
      {!ack ? (
        <p>{t('integrity.panel.open')}</p>
      ) : (
        <>
          <p data-testid="integrity-issue-ack">
            {ack.approvedBy
              ? t('integrity.panel.ackByApproved', { name: ack.staffName ?? ack.staffId ?? '?', approver: ack.approverName ?? ack.approvedBy, at: time(ack.at) })
              : t('integrity.panel.ackBy', { name: ack.staffName ?? ack.staffId ?? '?', at: time(ack.at) })}
          </p>
          {ack.note && <p>{t('integrity.panel.note', { note: ack.note })}</p>}
        </>
      )}
    </li>
  );
}

/**
 * The integrity tab: the start-up check of the journal tail, the background
 * check of the whole chain with its progress, "Verify now" (managers: the
 * journal and the whole chain, answered plainly), and every issue ever found
 * with who acknowledged it.
 */
export function IntegrityPanel() {
  const { t } = useTranslation();
  const { api } = useStores();
  const integrity = integrityStoreFor(api);
  const view = useStore(integrity, (s) => s.view);
  const checking = useStore(integrity, (s) => s.checking);
  const lastCheck = useStore(integrity, (s) => s.lastCheck);
  const error = useStore(integrity, (s) => s.error);
  useEffect(() => {
    void integrity.getState().load();
  }, [integrity]);

  return (
    <section className="integrity-panel" aria-labelledby="integrity-panel-title" data-testid="integrity-panel">
      <h2 id="integrity-panel-title" className="pane-title">
        {t('integrity.panel.title')}
      </h2>
      <dl className="integrity-checks">
        <div className="integrity-check">
          <dt>{t('integrity.panel.startup')}</dt>
          <CheckResult check={view?.startup ?? null} testId="integrity-startup" />
        </div>
        <div className="integrity-check">
          <dt>{t('integrity.panel.background')}</dt>
          <CheckResult check={view?.background ?? null} testId="integrity-background" />
        </div>
        <div className="integrity-check">
          <dt>{t('integrity.panel.manual')}</dt>
          <CheckResult check={lastCheck ?? view?.manual ?? null} testId="integrity-manual" />
        </div>
      </dl>
      <div>
        <button type="button" className="button button-large button-primary" data-testid="integrity-verify-now" disabled={checking} onClick={() => void integrity.getState().checkNow()}>
          {checking ? t('integrity.panel.verifying') : t('integrity.panel.verifyNow')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="integrity-panel-error">
          {error}
        </p>
      )}
      <h3 className="pane-title">{t('integrity.panel.issues')}</h3>
      {!view || view.issues.length === 0 ? (
        <p className="hint" data-testid="integrity-no-issues">
          {t('integrity.panel.noIssues')}
        </p>
      ) : (
        <ul className="integrity-issues">
          {view.issues.map((i) => (
            <IssueItem key={i.issueId} issue={i} />
          ))}
        </ul>
      )}
    </section>
  );
}
