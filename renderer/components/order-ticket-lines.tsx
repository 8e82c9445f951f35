import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useFormat } from '../app/use-format';
import { groupTicket, ticketHeadings } from '../format/ticket-groups';

type Line = OrderView['lines'][number];

interface Props {
  order: OrderView;
  /** Remove an unsent line; absent for a closed order, whose lines are history. */
  onRemove?: (line: Line) => void;
  /** Void a sent line (asks for a reason, then a manager). */
  onVoid?: (line: Line) => void;
}

/** The ticket by course, then seat: each line with its status, modifiers, note, and what can be done with it. */
export function OrderTicketLines({ order, onRemove, onVoid }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const listRef = useRef<HTMLDivElement>(null);
  const count = order.lines.length;
  const shown = useRef(count);
  const lastId = order.lines[count - 1]?.lineId;

  useEffect(() => {
    // A line just added may sit below the fold (or inside its course): bring it into view.
    if (count > shown.current && lastId) {
      listRef.current?.querySelector(`[data-line-id="${lastId}"]`)?.scrollIntoView({ block: 'nearest' });
    }
    shown.current = count;
  }, [count, lastId]);

  if (count === 0) return <p className="hint ticket-empty">{t('order.empty')}</p>;
  const headings = ticketHeadings(order);
  const refunded = new Set(order.refunds.flatMap((r) => r.lineIds));
  // On a closed order a line's kitchen status is history; only a void (or a refund) still tells something.
  const showStatus = (l: Line) => order.status === 'open' || l.status === 'voided';
  return (
    <div className="ticket-lines" ref={listRef} tabIndex={-1} aria-label={t('order.lines')} data-testid="order-lines">
      {groupTicket(order).map((c) => (
        <section key={c.course} className="course-group" data-testid="course-group" data-course={c.course}>
          {headings.courses && (
            <h3 className="course-title">
              {t('order.course', { course: c.course })}
              {c.held && <span className="badge badge-held">{t('order.status.held')}</span>}
            </h3>
          )}
          {c.seats.map((s) => (
            <div key={s.seat ?? 'shared'} className="seat-group">
              {headings.seats && <h4 className="seat-title">{s.seat === null ? t('order.seatShared') : t('order.seat', { seat: s.seat })}</h4>}
              <ul className="ticket-line-list">
                {s.lines.map((l) => (
                  <li key={l.lineId} className={`ticket-line line-${l.status}`} data-testid="ticket-line" data-line-id={l.lineId} data-status={l.status}>
                    <span className="line-qty">{t('order.qty', { qty: l.qty })}</span>
                    <span className="line-main">
                      <span className="line-name" data-testid="line-name">
                        {l.name}
                      </span>
                      {showStatus(l) && (
                        <span className={`badge badge-${l.status}`} data-testid="line-status">
                          {t(`order.status.${l.status}`)}
                        </span>
                      )}
                      {refunded.has(l.lineId) && (
                        <span className="badge badge-refunded" data-testid="line-refunded">
                          {t('order.refundedBadge')}
                        </span>
                      )}
                      {l.modifiers.length > 0 && (
                        <span className="line-modifiers" data-testid="line-modifiers">
                          {l.modifiers.map((m) => (m.priceDelta ? `${m.name} (${money(m.priceDelta, order.currency)})` : m.name)).join(', ')}
                        </span>
                      )}
                      {l.note && (
                        <span className="line-note" data-testid="line-note">
                          {t('order.noteShown', { note: l.note })}
                        </span>
                      )}
                      {l.voidReason && <span className="line-void-reason">{t('order.voidedBecause', { reason: l.voidReason })}</span>}
                      {l.discount > 0 && <span className="line-discount">{t('order.lineDiscount', { amount: money(l.discount, order.currency) })}</span>}
                    </span>
                    <span className="line-total" data-testid="line-total">
                      {money(l.total, order.currency)}
                    </span>
                    {onRemove && (l.status === 'new' || l.status === 'held') && (
                      <button
                        type="button"
                        className="line-action line-remove"
                        data-testid="line-remove"
                        aria-label={t('order.removeLabel', { name: l.name })}
                        onClick={() => onRemove(l)}
                      >
                        {t('order.remove')}
                      </button>
                    )}
                    {onVoid && l.status === 'sent' && (
                      <button
                        type="button"
                        className="line-action line-void"
                        data-testid="line-void"
                        aria-label={t('order.voidLabel', { name: l.name })}
                        onClick={() => onVoid(l)}
                      >
                        {t('order.void')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
