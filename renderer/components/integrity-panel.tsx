import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { IntegrityFinding } from '../../shared/contract/integrity-commands';
import type { IntegrityCheckView, IntegrityIssueView } from '../../shared/contract/integrity-queries';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { integrityStoreFor } from '../stores/integrity-store';
import { describeFinding, describeIssue, placeOf } from './integrity-text';

/** Findings shown before "Show all": a check answers up to a hundred, and three checks may name the same ones. */
const FINDINGS_SHOWN = 5;

/** Every break a check found, in log order: the event, the place on disk, the check's reason. */
function Findings({ findings, testId }: { findings: IntegrityFinding[]; testId: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FINDINGS_SHOWN);
  return (
    <>
      <p className="integrity-findings-count">{t('integrity.finding.count', { count: findings.length })}</p>
      <ol className="integrity-findings" data-testid={`${testId}-findings`}>
        {shown.map((f, i) => {
          const text = describeFinding(t, f);
          return (
            <li key={`${f.position ?? ''}:${f.file ?? ''}:${f.offset ?? ''}:${i}`} className="integrity-finding" data-testid="integrity-finding" data-position={f.position}>
              <span className="integrity-bad">{text.what}</span>
              {text.place && <span>{text.place}</span>}
              <span className="integrity-finding-reason">{text.reason}</span>
            </li>
          );
        })}
      </ol>
      {findings.length > FINDINGS_SHOWN && (
        <button type="button" className="button button-small" data-testid={`${testId}-findings-toggle`} aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('integrity.finding.showFewer') : t('integrity.finding.showAll', { count: findings.length })}
        </button>
      )}
    </>
  );
}

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
      <dd data-testid={testId} data-ok="false">
        <p className="integrity-bad">{t('integrity.panel.bad', { detail: describeIssue(t, check.finding, check.source) })}</p>
        {check.findings.length > 0 && <Findings findings={check.findings} testId={testId} />}
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

function IssueItem({ issue }: { issue: IntegrityIssueView }) {
  const { t } = useTranslation();
  const { time } = useFormat();
  const ack = issue.acknowledged;
  return (
    <li className="integrity-issue" data-testid="integrity-issue" data-acknowledged={ack ? 'true' : 'false'}>
      <p className="integrity-bad">{describeIssue(t, issue.finding, issue.source)}</p>
      <p>{issue.finding.reason}</p>
      {issue.finding.file !== undefined && <p data-testid="integrity-issue-place">{placeOf(t, issue.finding)}</p>}
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
