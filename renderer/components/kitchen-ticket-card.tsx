import { useTranslation } from 'react-i18next';
import type { KitchenTicketView } from '../../shared/contract/views';
import { useFormat } from '../app/use-format';
import { clockTime } from '../format/clock-time';

interface Props {
  ticket: KitchenTicketView;
  onPrint: (ticket: KitchenTicketView) => void;
}

/**
 * One ticket as the pass reads it: table, station and time on top; each line
 * with its seat, course, options and note. A void ticket is struck through
 * and says VOID with the reason; a ticket printed before prints as REPRINT.
 */
export function KitchenTicketCard({ ticket, onPrint }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const isVoid = ticket.kind === 'void';
  const printed = ticket.printCount > 0;
  return (
    <article
      className={`kitchen-ticket${isVoid ? ' kitchen-ticket-void' : ''}`}
      data-testid="kitchen-ticket"
      data-kind={ticket.kind}
      data-station={ticket.station}
      data-ticket-id={ticket.ticketId}
      aria-label={t(isVoid ? 'kitchen.voidTicketLabel' : 'kitchen.ticketLabel', { table: ticket.table ?? t('kitchen.counter') })}
    >
      <header className="kitchen-ticket-head">
        <span className="kitchen-ticket-table" data-testid="kitchen-ticket-table">
          {ticket.table ? t('kitchen.table', { table: ticket.table }) : t('kitchen.counter')}
        </span>
        {isVoid && (
          <span className="badge badge-void" data-testid="kitchen-void-mark">
            {t('kitchen.void')}
          </span>
        )}
        {ticket.printCount > 1 && (
          <span className="badge badge-reprint" data-testid="kitchen-reprint-mark">
            {t('kitchen.reprint')}
          </span>
        )}
        <span className="kitchen-ticket-meta">
          {t(`kitchen.stations.${ticket.station}`, { defaultValue: ticket.station })} · <time dateTime={ticket.createdAt}>{clockTime(ticket.createdAt, locale)}</time>
        </span>
      </header>
      <ul className="kitchen-lines">
        {ticket.lines.map((l) => (
          <li key={l.lineId} className="kitchen-line" data-testid="kitchen-line">
            <span className="kitchen-line-main">
              <span className="kitchen-qty">{t('order.qty', { qty: l.qty })}</span>
              <span className="kitchen-name" data-testid="kitchen-line-name">
                {l.name}
              </span>
            </span>
            <span className="kitchen-line-where" data-testid="kitchen-line-where">
              {[l.seat !== null ? t('kitchen.seat', { seat: l.seat }) : null, t('kitchen.course', { course: l.course })].filter(Boolean).join(' · ')}
            </span>
            {l.modifiers.length > 0 && (
              <ul className="kitchen-modifiers" data-testid="kitchen-modifiers">
                {l.modifiers.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
            {l.note && (
              <span className="kitchen-note" data-testid="kitchen-note">
                {t('order.noteShown', { note: l.note })}
              </span>
            )}
            {l.reason && (
              <span className="kitchen-void-reason" data-testid="kitchen-void-reason">
                {t('kitchen.voidReason', { reason: l.reason })}
              </span>
            )}
          </li>
        ))}
      </ul>
      <footer className="kitchen-ticket-foot">
        <span className="kitchen-printed" data-testid="kitchen-printed">
          {printed ? t('kitchen.printedCount', { count: ticket.printCount }) : t('kitchen.notPrinted')}
        </span>
        <button type="button" className="button" data-testid="kitchen-print" onClick={() => onPrint(ticket)}>
          {printed ? t('kitchen.reprintButton') : t('kitchen.print')}
        </button>
      </footer>
    </article>
  );
}
