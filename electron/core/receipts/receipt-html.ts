import type { OrderView } from '../../../shared/contract/views';
import type { RestaurantDetails } from '../../../shared/domain/restaurant/restaurant';

export interface ReceiptInput {
  order: OrderView;
  restaurant: RestaurantDetails;
  /** Who closed the order, by name. */
  staff: string | null;
  /** Tax category names by id, for the tax lines. */
  taxNames: Record<string, string>;
  /** The hash of the event that closed the order: the receipt cites the log it came from. */
  chainHead: string;
  copy: number;
}

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * A receipt as a self-contained printable page (80 mm roll width). Every
 * value is escaped; amounts are formatted with Intl for the restaurant's
 * locale and the order's currency, from integer minor units.
 */
export function receiptHtml(r: ReceiptInput): string {
  const { order, restaurant } = r;
  const fmt = new Intl.NumberFormat(restaurant.locale, { style: 'currency', currency: order.currency });
  const digits = fmt.resolvedOptions().maximumFractionDigits ?? 2;
  const money = (minor: number): string => escape(fmt.format(minor / 10 ** digits));
  const when = order.closedAt ? escape(new Intl.DateTimeFormat(restaurant.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(order.closedAt))) : '';
  const row = (left: string, right: string, cls = ''): string => `<tr${cls ? ` class="${cls}"` : ''}><td>${left}</td><td class="amt">${right}</td></tr>`;
  const lines = order.lines
    .filter((l) => l.status !== 'voided')
    .map((l) => {
      const mods = l.modifiers.map((m) => `<div class="mod">+ ${escape(m.name)}${m.priceDelta ? ` ${money(m.priceDelta)}` : ''}</div>`).join('');
      const disc = l.discount ? row(`<span class="mod">discount</span>`, `−${money(l.discount)}`) : '';
      return row(`${l.qty} × ${escape(l.name)}${mods}`, money(l.gross)) + disc;
    })
    .join('');
  const orderDiscount = order.discount - order.lines.reduce((s, l) => s + (l.status === 'voided' ? 0 : l.discount), 0);
  const taxes = order.taxes
    .map((t) => row(`${escape(t.taxCategoryId ? (r.taxNames[t.taxCategoryId] ?? 'Tax') : 'Tax')} ${(t.rate / 100).toFixed(2)} % on ${money(t.base)}`, money(t.tax)))
    .join('');
  const tenders = order.payments
    .map((p) => row(`${escape(p.tender)}${p.reference ? ` (${escape(p.reference)})` : ''}`, money(p.tendered)) + (p.tip ? row('tip', money(p.tip)) : ''))
    .join('');
  const receiptNo = order.receipt ? `${escape(order.receipt.series)}-${order.receipt.number}` : '—';
  return `<!doctype html>
<html lang="${escape(restaurant.locale)}"><head><meta charset="utf-8"><title>Receipt ${receiptNo}</title>
<style>
  body { font: 13px/1.35 ui-monospace, Menlo, Consolas, monospace; width: 72mm; margin: 4mm auto; color: #000; }
  h1 { font-size: 16px; text-align: center; margin: 0 0 2px; } .c { text-align: center; } .dup { font-size: 18px; font-weight: bold; text-align: center; border: 2px solid #000; margin: 6px 0; }
  table { width: 100%; border-collapse: collapse; } td { vertical-align: top; padding: 1px 0; } .amt { text-align: right; white-space: nowrap; }
  .mod { font-size: 11px; padding-left: 1em; } .total td { font-weight: bold; font-size: 15px; border-top: 1px dashed #000; padding-top: 3px; }
  hr { border: 0; border-top: 1px dashed #000; } .hash { font-size: 9px; word-break: break-all; }
</style></head><body>
<h1>${escape(restaurant.name)}</h1>
${restaurant.address ? `<div class="c">${escape(restaurant.address)}</div>` : ''}${restaurant.phone ? `<div class="c">${escape(restaurant.phone)}</div>` : ''}${restaurant.taxId ? `<div class="c">Tax id ${escape(restaurant.taxId)}</div>` : ''}
${r.copy > 1 ? `<div class="dup">DUPLICATE (copy ${r.copy})</div>` : ''}
<hr><div>Receipt ${receiptNo}${order.table ? ` · Table ${escape(order.table)}` : ''}</div>
<div>${when}${r.staff ? ` · ${escape(r.staff)}` : ''} · Terminal ${escape(order.terminal)}</div><hr>
<table>${lines}
${orderDiscount > 0 ? row('Discount', `−${money(orderDiscount)}`) : ''}
${order.taxMode === 'exclusive' ? row('Subtotal', money(order.total - order.tax)) : ''}${taxes}
${row('TOTAL', money(order.total), 'total')}
${order.taxMode === 'inclusive' && order.tax ? row('<span class="mod">incl. tax</span>', money(order.tax)) : ''}
</table><hr><table>${tenders}${order.change ? row('Change', money(order.change)) : ''}</table>
<hr><div class="c">${escape(restaurant.footer)}</div>
<div class="hash">Log ${escape(r.chainHead)}</div>
</body></html>`;
}
