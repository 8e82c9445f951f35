import { DocketError } from '../../../shared/kernel/errors';

export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** `column >= from AND column <= to` for the days given (YYYY-MM-DD text compares as dates); refuses a range that ends before it starts. */
export function dayRangeWhere(column: string, q: DayRange): { sql: string; params: string[] } {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    throw new DocketError('Validation', `the report starts (${q.from}) after it ends (${q.to})`);
  }
  const terms: string[] = [];
  const params: string[] = [];
  if (q.from !== undefined) {
    terms.push(`${column} >= ?`);
    params.push(q.from);
  }
  if (q.to !== undefined) {
    terms.push(`${column} <= ?`);
    params.push(q.to);
  }
  return { sql: terms.length ? terms.join(' AND ') : '1', params };
}
