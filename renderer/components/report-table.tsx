export interface ReportColumn<R> {
  id: string;
  header: string;
  numeric?: boolean;
  cell: (row: R) => string;
}

export interface ReportTableProps<R> {
  caption: string;
  columns: readonly ReportColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** The total row, under the others. */
  total?: R;
  totalLabel?: string;
  empty: string;
  testId: string;
}

/** The numbers of a report as a plain table: what the chart beside it draws, readable to anyone. */
export function ReportTable<R>({ caption, columns, rows, rowKey, total, totalLabel, empty, testId }: ReportTableProps<R>) {
  if (rows.length === 0) {
    return (
      <p className="hint" data-testid={`${testId}-empty`}>
        {empty}
      </p>
    );
  }
  const cells = (row: R, first?: string) =>
    columns.map((c, i) => (
      <td key={c.id} className={c.numeric ? 'num' : undefined} data-col={c.id}>
        {i === 0 && first !== undefined ? first : c.cell(row)}
      </td>
    ));
  return (
    <div className="report-table-wrap">
      <table className="report-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>{cells(r)}</tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr className="report-total" data-testid={`${testId}-total`}>
              {cells(total, totalLabel)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
