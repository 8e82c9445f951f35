import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useFormat } from '../app/use-format';

interface Props {
  order: OrderView;
  /** Takes a discount off again; absent when the order is closed. */
  onRemoveDiscount?: (discountId: string) => void;
}

/**
 * The bill as the till computed it: subtotal, discounts, tax by rate, total,
 * paid and due (largest where the eye goes first); change, tips and refunds
 * only when there are some.
 */
export function OrderTicketTotals({ order, onRemoveDiscount }: Props) {
  const { t } = useTranslation();
  const { money, percent } = useFormat();
  const m = (amount: number) => money(amount, order.currency);
  const lineName = (lineId: string | null) => order.lines.find((l) => l.lineId === lineId)?.name;
  return (
    <dl className="totals order-totals" data-testid="order-totals">
      <div className="totals-row">
        <dt>{t('order.subtotal')}</dt>
        <dd data-testid="order-subtotal">{m(order.subtotal)}</dd>
      </div>
      {order.discounts.map((d) => (
        <div key={d.discountId} className="totals-row totals-discount-item" data-testid="order-discount-item">
          <dt>
            {t('order.discountItem', {
              value: d.kind === 'percent' ? percent(d.value) : m(d.value),
              reason: d.reason,
            })}
            {d.lineId ? ` · ${lineName(d.lineId) ?? ''}` : ''}
          </dt>
          <dd>
            {onRemoveDiscount && (
              <button
                type="button"
                className="line-action"
                data-testid="discount-remove"
                aria-label={t('order.discountRemoveLabel', { reason: d.reason })}
                onClick={() => onRemoveDiscount(d.discountId)}
              >
                {t('order.remove')}
              </button>
            )}
          </dd>
        </div>
      ))}
      {order.discount > 0 && (
        <div className="totals-row totals-discount">
          <dt>{t('order.discount')}</dt>
          <dd data-testid="order-discount">{m(-order.discount)}</dd>
        </div>
      )}
      {order.taxes.map((x) => (
        <div key={`${x.taxCategoryId ?? 'none'}-${x.rate}`} className="totals-row totals-tax" data-testid="order-tax-row">
          <dt>{t(order.taxMode === 'inclusive' ? 'order.taxIncluded' : 'order.taxRate', { rate: percent(x.rate), base: m(x.base) })}</dt>
          <dd data-testid="order-tax">{m(x.tax)}</dd>
        </div>
      ))}
      <div className="totals-row totals-total">
        <dt>{t('order.total')}</dt>
        <dd data-testid="order-total">{m(order.total)}</dd>
      </div>
      <div className="totals-row totals-paid">
        <dt>{t('order.paid')}</dt>
        <dd data-testid="order-paid">{m(order.paid)}</dd>
      </div>
      <div className="totals-row totals-due">
        <dt>{t('order.due')}</dt>
        <dd data-testid="order-due">{m(order.due)}</dd>
      </div>
      {order.change > 0 && (
        <div className="totals-row">
          <dt>{t('order.change')}</dt>
          <dd data-testid="order-change">{m(order.change)}</dd>
        </div>
      )}
      {order.tips > 0 && (
        <div className="totals-row">
          <dt>{t('order.tips')}</dt>
          <dd data-testid="order-tips">{m(order.tips)}</dd>
        </div>
      )}
      {order.refunds.length > 0 && (
        <div className="totals-row totals-refunded">
          <dt>{t('order.refunded')}</dt>
          <dd data-testid="order-refunded">{m(-order.refunds.reduce((s, r) => s + r.amount, 0))}</dd>
        </div>
      )}
    </dl>
  );
}
