import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/use-format';
import { streamText, type HistoryRow } from '../history/event-rows';

interface Props {
  index: number;
  /** Where the row is drawn in the scroll area (px). */
  top: number;
  /** Undefined while its page is being read. */
  row: HistoryRow | undefined;
  selected: boolean;
  onPick: () => void;
}

/** One event in the list: when, what, which stream, who, who approved, on which till, and where in the log. */
export const HistoryListRow = memo(function HistoryListRow({ index, top, row, selected, onPick }: Props) {
  const { t } = useTranslation();
  const { time } = useFormat();
  const style = { transform: `translateY(${top}px)` };
  if (!row) {
    return (
      <div id={`history-row-${index}`} role="option" aria-selected={selected} aria-busy="true" className="history-row history-row-loading" style={style} data-testid="history-row-loading" data-loading="true" data-index={index}>
        {t('historyLog.list.loading')}
      </div>
    );
  }
  const e = row.event;
  return (
    <div
      id={`history-row-${index}`}
      role="option"
      aria-selected={selected}
      className="history-row"
      style={style}
      data-testid="history-row"
      data-index={index}
      data-position={e.position}
      data-type={e.type}
      data-stream={e.stream}
      onClick={onPick}
    >
      <span className="history-cell-time">{time(e.meta.at)}</span>
      <span className="history-cell-type" data-testid="history-row-type">
        {e.type}
      </span>
      <span className="history-cell-stream" data-testid="history-row-stream">
        {streamText(row.stream, t)}
      </span>
      <span data-testid="history-row-staff">{row.staffName ?? t('historyLog.detail.nobody')}</span>
      <span data-testid="history-row-approver">{row.approverName ?? ''}</span>
      <span>{e.meta.terminal}</span>
      <span className="num">{e.position}</span>
    </div>
  );
});
