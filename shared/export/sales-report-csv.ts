import type { SalesReportView } from '../contract/report-views';
import { formatMinor } from '../kernel/money';
import { csvDecimal, csvRow, type CsvCell } from './csv';

/**
 * The sales report as CSV, for spreadsheets: amounts as plain decimals
 * (`12.50`, the currency in its own column, no grouping or symbol, whatever
 * the locale), a total row last. `docket report --format csv` and the
 * reports screen's "Export CSV" both write this.
 */
export const SALES_CSV_COLUMNS = ['key', 'label', 'orders', 'qty', 'amount', 'tax', 'tips', 'refunds', 'currency'] as const;

export function salesReportCsv(r: SalesReportView): string {
  // Amounts are numbers to a spreadsheet (a negative one included): a decimal cell, never guarded as text.
  const money = (n: number) => csvDecimal(formatMinor(n, r.currency));
  const cells = (key: string, label: string, f: SalesReportView['totals']): CsvCell[] =>
    [key, label, f.orders, f.qty, money(f.amount), money(f.tax), money(f.tips), money(f.refunds), r.currency];
  return [csvRow(SALES_CSV_COLUMNS), ...r.rows.map((row) => csvRow(cells(row.key, row.label, row))), csvRow(cells('', 'Total', r.totals))].join('');
}
