import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useFormat } from '../app/use-format';

interface Props {
  order: OrderView;
  /** Called with a line id; absent for a closed order, whose lines are history. */
  onRemove?: (lineId: string) => Promise<boolean>;
}

/** Each line: quantity, name, unit price, line total and (while open) a remove button. */
export function OrderLines({ order, onRemove }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const listRef = useRef<HTMLUListElement>(null);
  const count = order.lines.length;
  const shown = useRef(count);

  useEffect(() => {
    // A line just added goes at the bottom, which may be below the fold: bring it into view.
    if (count > shown.current) listRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
    shown.current = count;
  }, [count]);

  const remove = async (lineId: string) => {
    // The removed button disappears with its line; keep keyboard focus inside the ticket.
    if (onRemove && (await onRemove(lineId))) listRef.current?.focus();
  };

  if (order.lines.length === 0) return <p className="hint">{t('order.empty')}</p>;
  return (
    <ul className="order-lines" ref={listRef} tabIndex={-1} aria-label={t('order.lines')} data-testid="order-lines">
      {order.lines.map((l) => (
        <li key={l.lineId} className="order-line" data-testid="ticket-line" data-line-id={l.lineId}>
          <span className="line-qty">{t('order.qty', { qty: l.qty })}</span>
          <span className="line-name" data-testid="line-name">
            {l.name}
          </span>
          <span className="line-unit">{money(l.unitPrice, order.currency)}</span>
          <span className="line-total" data-testid="line-total">
            {money(l.total, order.currency)}
          </span>
          {onRemove && (
            <button
              type="button"
              className="line-remove"
              data-testid="line-remove"
              aria-label={t('order.removeLabel', { name: l.name })}
              onClick={() => void remove(l.lineId)}
            >
              {t('order.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
