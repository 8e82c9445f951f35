import type { KitchenTicketView } from '../../../shared/contract/views';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * A kitchen ticket as a printable page for the station's printer: big type,
 * table first, lines by course and seat with modifiers and notes. A void
 * ticket says VOID with the reason; every print after the first says REPRINT,
 * so the kitchen never cooks a dish twice.
 */
export function kitchenTicketHtml(ticket: KitchenTicketView, locale: string): string {
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(ticket.createdAt));
  const reprint = ticket.printCount > 1;
  const lines = ticket.lines
    .map((l) => {
      const where = [`C${l.course}`, l.seat !== null ? `S${l.seat}` : ''].filter(Boolean).join(' ');
      const mods = l.modifiers.map((m) => `<div class="mod">+ ${escape(m)}</div>`).join('');
      const note = l.note ? `<div class="note">! ${escape(l.note)}</div>` : '';
      const reason = l.reason ? `<div class="note">${escape(l.reason)}</div>` : '';
      return `<li><span class="qty">${l.qty}×</span> ${escape(l.name)} <span class="where">${where}</span>${mods}${note}${reason}</li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="${escape(locale)}"><head><meta charset="utf-8"><title>${escape(ticket.station)} ${escape(ticket.ticketId)}</title>
<style>
  body { font: 16px/1.3 ui-monospace, Menlo, Consolas, monospace; width: 72mm; margin: 3mm auto; color: #000; }
  h1 { font-size: 22px; margin: 0; } .meta { font-size: 13px; margin-bottom: 4px; } ul { list-style: none; padding: 0; margin: 0; }
  li { border-top: 1px dashed #000; padding: 3px 0; font-size: 18px; } .qty { font-weight: bold; } .where { font-size: 13px; }
  .mod, .note { font-size: 14px; padding-left: 1.2em; } .note { font-style: italic; }
  .flag { font-size: 20px; font-weight: bold; text-align: center; border: 2px solid #000; margin: 4px 0; }
  .void li { text-decoration: line-through; }
</style></head><body${ticket.kind === 'void' ? ' class="void"' : ''}>
<h1>${ticket.table ? `Table ${escape(ticket.table)}` : 'Counter'}</h1>
<div class="meta">${escape(ticket.station.toUpperCase())} · ${escape(time)}</div>
${ticket.kind === 'void' ? '<div class="flag">VOID</div>' : ''}${reprint ? `<div class="flag">REPRINT (${ticket.printCount})</div>` : ''}
<ul>${lines}</ul>
</body></html>`;
}
