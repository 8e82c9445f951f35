import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZReport } from '../../shared/domain/shift/shift-events';
import { useFormat } from '../app/use-format';

interface TableProps {
  id: string;
  title: string;
  heads: string[];
  /** Which columns hold amounts or counts: right-aligned, tabular digits. */
  numeric: boolean[];
  rows: ReactNode[][];
  empty: string;
}

/** One titled table of the report; an empty one says so rather than vanishing, so nobody wonders. */
function ReportTable({ id, title, heads, numeric, rows, empty }: TableProps) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`} className="report-heading">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              {heads.map((h, i) => (
                <th key={h} scope="col" className={numeric[i] ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, r) => (
              <tr key={r}>
                {cells.map((c, i) => (
                  <td key={i} className={numeric[i] ? 'num' : undefined}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface Props {
  report: ZReport;
  /** Staff names by id; an unknown id is shown as it is rather than hidden. */
  names: Record<string, string>;
}

/** Sales by category and tax rate, and tenders with tips. */
export function ShiftReportTables({ report }: { report: ZReport }) {
  const { t } = useTranslation();
  const { money, percent } = useFormat();
  const cur = report.currency;
  const none = t('report.none');
  return (
    <>
      <ReportTable
        id="z-categories"
        title={t('report.byCategory')}
        heads={[t('report.category'), t('report.qty'), t('report.net')]}
        numeric={[false, true, true]}
        rows={report.byCategory.map((c) => [c.name || t('report.uncategorised'), c.qty, money(c.net, cur)])}
        empty={none}
      />
      <ReportTable
        id="z-tax"
        title={t('report.byTaxRate')}
        heads={[t('report.rate'), t('report.base'), t('report.tax')]}
        numeric={[true, true, true]}
        rows={report.byTaxRate.map((r) => [percent(r.rate), money(r.base, cur), money(r.tax, cur)])}
        empty={none}
      />
      <ReportTable
        id="z-tenders"
        title={t('report.tenders')}
        heads={[t('report.tenderHead'), t('report.count'), t('report.amount'), t('report.tips')]}
        numeric={[false, true, true, true]}
        rows={report.tenders.map((x) => [t(`report.tender.${x.tender}`, { defaultValue: x.tender }), x.count, money(x.amount, cur), money(x.tips, cur)])}
        empty={none}
      />
    </>
  );
}

/** Every void with who did it and who approved it: the full width, as auditors read it line by line. */
export function ShiftReportVoids({ report, names }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const who = (id: string | null): string => (id ? (names[id] ?? id) : '—');
  return (
    <>
      <ReportTable
        id="z-voids"
        title={t('report.voids')}
        heads={[t('report.item'), t('report.amount'), t('report.reason'), t('report.by'), t('report.approvedBy')]}
        numeric={[false, true, false, false, false]}
        rows={report.voids.map((v) => [v.name, money(v.amount, report.currency), v.reason, who(v.staff), who(v.approvedBy)])}
        empty={t('report.none')}
      />
    </>
  );
}
