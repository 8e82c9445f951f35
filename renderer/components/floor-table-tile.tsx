import { useTranslation } from 'react-i18next';
import type { FloorTableView } from '../../shared/contract/floor-views';
import { useFormat } from '../app/use-format';

interface Props {
  table: FloorTableView;
  currency: string;
  onPick: (table: FloorTableView) => void;
  disabled?: boolean;
  /** Marks the table of the order on screen (in the move dialog). */
  current?: boolean;
}

/**
 * One table: its name large, its status in words and colour (never colour
 * alone), the guests seated and what they still owe.
 */
export function FloorTableTile({ table, currency, onPick, disabled = false, current = false }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const covers = table.orders.reduce((s, o) => s + (o.covers ?? 0), 0);
  const due = table.orders.reduce((s, o) => s + o.due, 0);
  return (
    <button
      type="button"
      className={`table-tile table-${table.status}`}
      data-testid="floor-table"
      data-table-name={table.name}
      data-status={table.status}
      aria-current={current ? 'true' : undefined}
      disabled={disabled}
      onClick={() => onPick(table)}
    >
      <span className="table-name">{table.name}</span>
      <span className="table-status" data-testid="table-status">
        <span className="table-status-mark" aria-hidden="true" />
        {t(`floor.status.${table.status}`)}
      </span>
      <span className="table-meta">
        {table.status === 'free'
          ? t('floor.seats', { count: table.seats })
          : t('floor.guests', { count: covers, seats: table.seats })}
      </span>
      {table.orders.length > 1 && <span className="table-orders">{t('floor.orderCount', { count: table.orders.length })}</span>}
      {table.status !== 'free' && <span className="table-due">{money(due, currency)}</span>}
    </button>
  );
}
