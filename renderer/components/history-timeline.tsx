import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useFormat } from '../app/use-format';
import { formatDuration } from '../format/duration';
import { streamText } from '../history/event-rows';
import type { HistoryInspectStore } from '../stores/history-inspect-store';
import { HistoryStepState } from './history-step-state';

/**
 * One stream over time: its steps with the time between them, its
 * milestones (an order: opened → sent → fired → paid → closed), and for the
 * chosen step the state after it, the state before it and what it changed.
 */
export function HistoryTimeline({ inspect }: { inspect: HistoryInspectStore }) {
  const { t } = useTranslation();
  const { time, locale } = useFormat();
  const open = useStore(inspect, (s) => s.stream);
  if (!open) return null;
  const { timeline, chosen } = open;
  const duration = (ms: number): string => formatDuration(ms, locale);

  return (
    <section className="history-timeline" aria-labelledby="history-timeline-title" data-testid="history-timeline" data-stream={open.stream}>
      <header className="history-timeline-head">
        <button type="button" className="button" data-testid="history-timeline-back" onClick={() => inspect.getState().closeStream()}>
          {t('historyLog.timeline.back')}
        </button>
        <h2 id="history-timeline-title" className="pane-title">
          {t('historyLog.timeline.title', { stream: streamText(open.label, t) })}
        </h2>
        <span className="hint">{t('historyLog.timeline.span', { duration: duration(timeline.spanMs) })}</span>
      </header>
      {timeline.milestones.length > 0 && (
        <ol className="history-milestones" aria-label={t('historyLog.timeline.milestones')} data-testid="history-milestones">
          {timeline.milestones.map((m) => (
            <li key={m.type} data-testid="history-milestone" data-type={m.type}>
              <strong>{t(`historyLog.milestone.${m.type}`, { defaultValue: m.name })}</strong>
              <span className="hint">{m.sinceStartMs === 0 ? time(m.at) : t('historyLog.timeline.since', { duration: duration(m.sinceStartMs) })}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="history-timeline-body">
        <div className="history-steps">
          <h3 className="pane-subtitle">{t('historyLog.timeline.steps')}</h3>
          <ol className="history-step-list">
            {timeline.steps.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="history-step"
                  aria-pressed={s.position === chosen}
                  data-testid="history-step"
                  data-type={s.type}
                  data-position={s.position}
                  onClick={() => void inspect.getState().chooseStep(s.position)}
                >
                  <span className="history-step-gap">
                    {s.sincePreviousMs === null ? t('historyLog.timeline.start') : t('historyLog.timeline.since', { duration: duration(s.sincePreviousMs) })}
                  </span>
                  <span className="history-step-type">{s.type}</span>
                  <span className="hint">
                    {time(s.at)}
                    {s.staffName ? ` · ${s.staffName}` : ''}
                    {s.approverName ? ` · ${t('historyLog.detail.approver')}: ${s.approverName}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {timeline.more && (
            <button type="button" className="button" data-testid="history-steps-more" onClick={() => void inspect.getState().moreSteps()}>
              {t('historyLog.timeline.more')}
            </button>
          )}
        </div>
        <HistoryStepState inspect={inspect} />
      </div>
    </section>
  );
}
