import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useFormat } from '../app/use-format';

/** Total, paid and due, largest where the eye goes first; change only when some was given. */
export function OrderTotals({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const rows = [
    { key: 'total', label: t('order.total'), amount: order.total },
    { key: 'paid', label: t('order.paid'), amount: order.paid },
    { key: 'due', label: t('order.due'), amount: order.due },
    ...(order.change > 0 ? [{ key: 'change', label: t('order.change'), amount: order.change }] : []),
  ];
  return (
    <dl className="totals">
      {rows.map((r) => (
        <div key={r.key} className={`totals-row totals-${r.key}`}>
          <dt>{r.label}</dt>
          <dd data-testid={`order-${r.key}`}>{money(r.amount, order.currency)}</dd>
        </div>
      ))}
    </dl>
  );
}
