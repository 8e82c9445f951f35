import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StreamTimelineView } from '../../shared/contract/history-queries';
import { useFormat } from '../app/use-format';
import { streamText } from '../history/event-rows';
import type { HistoryInspectStore } from '../stores/history-inspect-store';

type Step = StreamTimelineView['steps'][number];

/** The chosen event whole: its data, who and where, its hash, its neighbours in its stream, and the way to its timeline. */
export function HistoryEventDetail({ inspect, onTillAt }: { inspect: HistoryInspectStore; onTillAt?: (position: number) => void }) {
  const { t } = useTranslation();
  const { time } = useFormat();
  const row = useStore(inspect, (s) => s.event);
  const neighbours = useStore(inspect, (s) => s.neighbours);
  if (!row) return null;
  const e = row.event;
  const stream = streamText(row.stream, t);
  const meta: [string, string, string?][] = [
    ['at', time(e.meta.at)],
    ['stream', stream],
    ['staff', row.staffName ?? t('historyLog.detail.nobody'), 'history-detail-staff'],
    ['approver', row.approverName ?? t('historyLog.detail.nobody'), 'history-detail-approver'],
    ['terminal', e.meta.terminal],
    ['seq', String(e.meta.seq)],
    ['version', String(e.version)],
    ['id', e.id],
    ['command', e.meta.command],
    ['hash', e.hash, 'history-detail-hash'],
  ];
  const neighbour = (which: 'before' | 'after', step: Step | null | undefined) => (
    <div className="history-neighbour">
      <span className="hint">{t(`historyLog.detail.${which}`)}</span>
      {step ? (
        <button type="button" className="button button-small" data-testid={`history-detail-${which}`} onClick={() => void inspect.getState().openPosition(step.position)}>
          {step.type} · {time(step.at)}
        </button>
      ) : (
        <span data-testid={`history-detail-${which}-none`}>{neighbours ? t('historyLog.detail.none') : '…'}</span>
      )}
    </div>
  );

  return (
    <aside
      className="history-detail"
      aria-labelledby="history-detail-title"
      data-testid="history-detail"
      data-position={e.position}
      onKeyDown={(k) => {
        if (k.key === 'Escape') inspect.getState().closeEvent();
      }}
    >
      <header className="history-detail-head">
        <h2 id="history-detail-title" className="pane-title">
          {t('historyLog.detail.title', { position: e.position, type: e.type })}
        </h2>
        <button type="button" className="button button-small" data-testid="history-detail-close" onClick={() => inspect.getState().closeEvent()}>
          {t('historyLog.detail.close')}
        </button>
      </header>
      <h3 className="pane-subtitle">{t('historyLog.detail.meta')}</h3>
      <dl className="history-meta">
        {meta.map(([key, value, testId]) => (
          <div key={key}>
            <dt>{t(`historyLog.detail.${key}`)}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="pane-subtitle">{t('historyLog.detail.data')}</h3>
      <pre className="history-json" data-testid="history-detail-data">
        {JSON.stringify(e.data, null, 2)}
      </pre>
      <h3 className="pane-subtitle">{t('historyLog.detail.neighbours')}</h3>
      {neighbour('before', neighbours?.before)}
      {neighbour('after', neighbours?.after)}
      <button
        type="button"
        className="button button-primary"
        data-testid="history-open-stream"
        onClick={() => void inspect.getState().openStream(e.stream, row.stream, e.position)}
      >
        {t('historyLog.detail.openStream')}
      </button>
      {onTillAt && (
        <button type="button" className="button" data-testid="history-till-at-event" onClick={() => onTillAt(e.position)}>
          {t('historyLog.detail.tillAt')}
        </button>
      )}
    </aside>
  );
}
