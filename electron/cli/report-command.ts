import { existsSync } from 'node:fs';
import { SalesReportBySchema, type SalesReportBy } from '../../shared/contract/report-queries';
import type { SalesReportView } from '../../shared/contract/report-views';
import { parseQuery } from '../../shared/contract/validate';
import { salesReportCsv } from '../../shared/export/sales-report-csv';
import { formatMinor } from '../../shared/kernel/money';
import { Projector } from '../core/projections/projector';
import { runQuery } from '../core/queries/run-query';
import { openStore } from '../core/store/open-store';
import { flags, requireData } from './cli-args';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `docket report --data DIR [--from DATE] [--to DATE] [--by GROUP] [--format table|json|csv]`
 *
 * Read-only, like `docket events`: it loads the newest snapshot and the
 * journal after it into memory and brings the read models up to date there
 * (a folder from before the sales read model existed is caught up from its
 * log), writing nothing and taking no lock, so it is safe beside a running till.
 *
 * Formats: table (aligned, amounts as decimals), json (one object per group
 * per line, amounts in integer minor units), csv (RFC 4180, amounts as
 * decimals for spreadsheets, with a total row).
 */
export async function runReport(argv: string[]): Promise<number> {
  const f = flags(argv, {
    data: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    format: { type: 'string' },
  });
  const dataDir = requireData(f.data);
  const by = SalesReportBySchema.safeParse(f.by ?? 'day');
  if (!by.success) throw new Error(`--by is one of ${SalesReportBySchema.options.join(', ')}`);
  const format = (f.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format is one of ${FORMATS.join(', ')}`);
  if (!existsSync(dataDir)) throw new Error(`there is no data folder at ${dataDir}`);

  const report = await salesReport(dataDir, { by: by.data, from: f.from, to: f.to });
  process.stdout.write(render(report, format));
  for (const note of report.notes) process.stderr.write(`note: ${note}\n`);
  return 0;
}

async function salesReport(dataDir: string, q: { by: SalesReportBy; from: string | undefined; to: string | undefined }): Promise<SalesReportView> {
  const query = parseQuery({ type: 'GetSalesReport', by: q.by, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
  if (query.type !== 'GetSalesReport') throw new Error('unreachable');
  const { db, log, report } = await openStore({ dataDir, terminal: '', readOnly: true });
  try {
    new Projector(db).catchUp(log);
    const info = () => ({ terminal: '', position: log.lastPosition, recovered: { droppedBytes: report.droppedTail?.bytes ?? 0, reason: report.droppedTail?.reason ?? null } });
    return runQuery(query, { db, log, info });
  } finally {
    db.close();
  }
}

export function render(r: SalesReportView, format: Format): string {
  switch (format) {
    case 'json':
      return r.rows.map((row) => `${JSON.stringify({ by: r.by, ...row, currency: r.currency })}\n`).join('');
    case 'csv':
      return salesReportCsv(r);
    case 'table':
      return table(r);
  }
}

/** RFC 4180 (shared with the renderer's exports). */
export { csvField } from '../../shared/export/csv';

function table(r: SalesReportView): string {
  const span = `${r.from ?? 'the start'} to ${r.to ?? 'the end'}`;
  const byTender = r.by === 'tender';
  const money = (n: number): string => formatMinor(n, r.currency);
  const refunds = r.totals.refunds !== 0; // a column only when there were any
  const head = [r.by, 'orders', byTender ? 'payments' : 'qty', `amount (${r.currency || '-'})`, byTender ? 'tips' : 'tax', ...(refunds ? ['refunds'] : [])];
  const cells = (label: string, f: SalesReportView['totals']): string[] => [
    label,
    String(f.orders),
    String(f.qty),
    money(f.amount),
    money(byTender ? f.tips : f.tax),
    ...(refunds ? [money(f.refunds)] : []),
  ];
  const body = r.rows.map((row) => cells(row.label, row));
  const total = cells('Total', r.totals);
  const all = [head, ...body, total];
  const widths = head.map((_, k) => Math.max(...all.map((row) => (row[k] as string).length)));
  const fmt = (row: string[]): string => row.map((cell, k) => (k === 0 ? cell.padEnd(widths[k] as number) : cell.padStart(widths[k] as number))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return `Sales by ${r.by}, ${span}\n${[fmt(head), rule, ...body.map(fmt), rule, fmt(total)].join('\n')}\n`;
}
