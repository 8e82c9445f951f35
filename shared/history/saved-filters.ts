/**
 * The questions owners and auditors ask most, as ready-made filters. The
 * history screen offers them as one-tap chips; each is an ordinary filter
 * the user can then edit. `needsTerminal`: the filter names this till's own
 * terminal in place of {terminal}, so the screen fills it in (see savedFilterText).
 */
export interface SavedFilter {
  key: string;
  /** English label; the renderer translates by key. */
  label: string;
  filter: string;
  needsTerminal?: boolean;
}

export const SAVED_FILTERS: readonly SavedFilter[] = [
  { key: 'voids-today', label: 'Voids today', filter: 'type = ItemVoided and at = today' },
  { key: 'discounts', label: 'Discounts (by staff: add staff = "name")', filter: 'type = DiscountApplied' },
  { key: 'refunds', label: 'Refunds', filter: 'type = OrderRefunded' },
  { key: 'no-sale', label: 'No-sale drawer openings', filter: 'type = DrawerOpened' },
  { key: 'approved', label: "Approved by a manager's PIN", filter: 'approver != null' },
  { key: 'cash-movements', label: 'Cash paid in and out', filter: 'type in (CashPaidIn, CashPaidOut)' },
  { key: 'reopened', label: 'Reopened orders', filter: 'type = OrderReopened' },
  { key: 'other-terminal', label: 'From another terminal', filter: 'terminal != "{terminal}"', needsTerminal: true },
];

/** A saved filter's text for this till: {terminal} becomes its id, quoted safely. */
export function savedFilterText(f: SavedFilter, terminal: string): string {
  return f.filter.replace('"{terminal}"', JSON.stringify(terminal));
}
