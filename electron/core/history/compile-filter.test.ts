import { beforeAll, describe, expect, it } from 'vitest';
import { FilterError } from '../../../shared/history/filter-syntax';
import { SAVED_FILTERS, savedFilterText } from '../../../shared/history/saved-filters';
import type { SqlDb } from '../store/sql-db';
import { compileFilterText, type CompileOptions } from './compile-filter';
import { forEachMatch } from './filter-events';
import { ANA, historyTestLog, ROSTER } from './history-test-log';

let db: SqlDb;
beforeAll(async () => {
  ({ db } = await historyTestLog());
});

const NOW = Date.parse('2026-11-03T20:00:00Z');
const base: CompileOptions = { staff: () => ROSTER, now: NOW };

/** The positions a filter matches in the test log (1..9 from T1, 10 from T2). */
function positions(filter: string, opts: CompileOptions = base): number[] {
  const out: number[] = [];
  forEachMatch(db, compileFilterText(filter, opts), (e) => out.push(e.position));
  return out;
}

function filterError(filter: string, opts: CompileOptions = base): FilterError {
  try {
    compileFilterText(filter, opts);
  } catch (e) {
    if (e instanceof FilterError) return e;
    throw e;
  }
  throw new Error(`"${filter}" compiled`);
}

describe('compiled filters over a real events table', () => {
  it('matches every event with the empty filter', () => {
    expect(positions('')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('compares type, stream, terminal, id, command and version', () => {
    expect(positions('type = ItemVoided')).toEqual([3, 9]);
    expect(positions('type != PaymentTaken and stream = "order-a"')).toEqual([1, 2, 3]);
    expect(positions('type in (DrawerOpened, StaffSignedIn)')).toEqual([5, 6]);
    expect(positions('type not in (ItemVoided, PaymentTaken, OrderOpened)')).toEqual([2, 5, 6, 8]);
    expect(positions('stream ~ "ORDER-"')).toEqual([1, 2, 3, 4, 7, 8, 9, 10]);
    expect(positions('terminal = T2')).toEqual([10]);
    expect(positions('terminal != "T1"')).toEqual([10]);
    expect(positions('id = "0190b000-0000-7000-8000-000000000003"')).toEqual([3]);
    expect(positions('command = "cmd-5"')).toEqual([5]);
    expect(positions('version >= 3')).toEqual([3, 4, 9]);
  });

  it('compares positions with every operator', () => {
    expect(positions('position = 4')).toEqual([4]);
    expect(positions('position != 4 and position < 6')).toEqual([1, 2, 3, 5]);
    expect(positions('position <= 2')).toEqual([1, 2]);
    expect(positions('position > 8')).toEqual([9, 10]);
    expect(positions('position >= 9')).toEqual([9, 10]);
    expect(positions('position in (1, 3, 99)')).toEqual([1, 3]);
  });

  it('finds staff and approvers by name, in any case, or by id', () => {
    expect(positions('staff = "Ana"')).toEqual([4, 5]);
    expect(positions('staff = "ana"')).toEqual([4, 5]);
    expect(positions(`staff = "${ANA}"`)).toEqual([4, 5]);
    expect(positions('staff = "Zoë 张伟"')).toEqual([7]);
    expect(positions('staff in ("Ana", "Dan")')).toEqual([4, 5, 9]);
    expect(positions('staff ~ "an"')).toEqual([4, 5, 9]);
    expect(positions('approver = "Ana"')).toEqual([3, 8, 9]);
    expect(positions('approver != null')).toEqual([3, 8, 9]);
    expect(positions('staff = null')).toEqual([6]);
  });

  it('counts a missing staff member as "not Ana", with != and with not alike', () => {
    expect(positions('staff != "Ana"')).toEqual([1, 2, 3, 6, 7, 8, 9, 10]);
    expect(positions('not staff = "Ana"')).toEqual(positions('staff != "Ana"'));
    expect(positions('not approver = "Ana"')).toEqual([1, 2, 4, 5, 6, 7, 10]);
  });

  it('refuses a staff name nobody has, pointing at it', () => {
    const e = filterError('type = ItemVoided and staff = "Anna"');
    expect(e.message).toBe('no staff member is called "Anna" at column 31');
    expect(e.details).toEqual({ column: 31, length: 6, code: 'noStaffNamed', params: { name: 'Anna' } });
    expect(filterError('approver ~ "zz"').message).toBe('no staff member\'s name contains "zz" at column 12');
  });

  it('reads a date as the whole day, in UTC unless told the viewer\'s zone', () => {
    expect(positions('at = 2026-11-01')).toEqual([2, 3, 4]);
    expect(positions('at != 2026-11-01')).toEqual([1, 5, 6, 7, 8, 9, 10]);
    expect(positions('at < 2026-11-01')).toEqual([1]);
    expect(positions('at <= 2026-11-01')).toEqual([1, 2, 3, 4]);
    expect(positions('at > 2026-11-03')).toEqual([9, 10]);
    expect(positions('at >= 2026-11-03')).toEqual([7, 8, 9, 10]);
    expect(positions('at in (2026-10-31, 2026-11-04)')).toEqual([1, 9, 10]);
    // At UTC+1 the first event (23:30 UTC on the 31st) happened on 1 November.
    expect(positions('at = 2026-11-01', { ...base, utcOffsetMinutes: 60 })).toEqual([1, 2, 3, 4]);
    expect(positions('at = 2026-11-03', { ...base, utcOffsetMinutes: -8 * 60 })).toEqual([7, 8]);
  });

  it('reads a date-time as its minute, second or millisecond, in its own zone when it has one', () => {
    expect(positions('at = 2026-11-01T10:05')).toEqual([3]);
    expect(positions('at = 2026-11-01T12:00')).toEqual([4]);
    expect(positions('at = 2026-11-01T12:00:30')).toEqual([4]);
    expect(positions('at = 2026-11-01T12:00:30.5')).toEqual([4]);
    expect(positions('at = 2026-11-01T12:00:30.499')).toEqual([]);
    expect(positions('at >= 2026-11-01T10:01 and at < 2026-11-01T12:00')).toEqual([3]);
    expect(positions('at = 2026-11-01T11:05+01:00')).toEqual([3]);
    expect(positions('at < 2026-11-01T00:00-01:00')).toEqual([1]);
  });

  it('reads today and yesterday from the clock it is given', () => {
    expect(positions('at = today')).toEqual([7, 8]);
    expect(positions('at = yesterday')).toEqual([5, 6]);
    expect(positions('at >= yesterday')).toEqual([5, 6, 7, 8, 9, 10]);
    expect(filterError('at = today', { staff: () => ROSTER }).message).toBe('today needs the current time, which was not given at column 6');
  });

  it('looks into the payload with data. paths', () => {
    expect(positions('data.amount > 5000')).toEqual([4]);
    expect(positions('data.amount >= 4000 and data.amount <= 6000')).toEqual([4, 7]);
    expect(positions('data.tender = cash or data.tender = "card"')).toEqual([4, 7]);
    expect(positions('data.tender in (card, voucher)')).toEqual([7]);
    expect(positions('data.modifiers[0].name = "Extra cheese"')).toEqual([2]);
    expect(positions('data.modifiers[0].priceDelta > 100')).toEqual([2]);
    expect(positions('data.modifiers[1].name = "Extra cheese"')).toEqual([]);
    expect(positions('data.reason ~ "burnt"')).toEqual([9]);
    expect(positions('data.reason ~ "régulier"')).toEqual([8]);
    expect(positions('data.reason ~ "RÉGULIER"')).toEqual([]); // SQLite's lower() folds ASCII letters only
    expect(positions('data.reason ~ "Régulier \\"VIP\\""')).toEqual([8]);
    expect(positions('data.offline = true')).toEqual([4]);
    expect(positions('data.offline = false')).toEqual([7]);
    expect(positions('data.offline != true and type = PaymentTaken')).toEqual([7]);
  });

  it('treats a JSON null and a missing field alike, and != counts both', () => {
    expect(positions('data.reference = null and type = PaymentTaken')).toEqual([4, 7]);
    expect(positions('data.tip != 0')).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10]);
    expect(positions('not data.tip = 0')).toEqual(positions('data.tip != 0'));
    expect(positions('not data.amount > 5000')).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10]);
  });

  it('combines and, or, not and parentheses', () => {
    expect(positions('(type = ItemVoided or type = DiscountApplied) and approver = "Ana" and not staff = "Dan"')).toEqual([3, 8]);
    expect(positions('not (type = ItemVoided or at < 2026-11-02)')).toEqual([5, 6, 7, 8, 10]);
  });
});

describe('saved filters', () => {
  it('all compile and pick what they say', () => {
    const run = (key: string): number[] => {
      const f = SAVED_FILTERS.find((s) => s.key === key);
      if (!f) throw new Error(key);
      return positions(savedFilterText(f, 'T1'), { ...base, now: Date.parse('2026-11-04T12:00:00Z') });
    };
    for (const f of SAVED_FILTERS) expect(() => compileFilterText(savedFilterText(f, 'T1'), base)).not.toThrow();
    expect(run('voids-today')).toEqual([9]);
    expect(run('no-sale')).toEqual([5]);
    expect(run('discounts')).toEqual([8]);
    expect(run('approved')).toEqual([3, 8, 9]);
    expect(run('other-terminal')).toEqual([10]);
    expect(savedFilterText({ key: 'x', label: 'x', filter: 'terminal != "{terminal}"' }, 'a"b')).toBe('terminal != "a\\"b"');
  });
});

describe('hostile input is a plain value, never SQL', () => {
  const rows = (): number => Number(db.get<{ n: number }>('SELECT count(*) AS n FROM events')?.n);

  it.each([
    [`type = "x' or 1=1 --"`, []],
    [`data.reason = "x' or 1=1 --"`, [3]],
    [`data.reason ~ "drop table"`, [5]],
    [`stream = "order-a\\"; DROP TABLE events; --"`, []],
    [`type = "') OR ('1'='1"`, []],
    [`data.reason = "/* */ 1; SELECT * FROM commands"`, []],
    [`type = "\\u0000"`, []],
    [`type ~ "%"`, []],
    [`type ~ "_"`, []],
  ])('%s', (filter, expected) => {
    const before = rows();
    const compiled = compileFilterText(filter, base);
    expect(positions(filter)).toEqual(expected);
    expect(rows()).toBe(before);
    // The user's text is only ever a parameter; the SQL is made of this module's fixed fragments.
    for (const p of compiled.params) if (typeof p === 'string' && p.length > 3 && !p.startsWith('$.')) expect(compiled.where).not.toContain(p);
    expect(compiled.where).not.toMatch(/--|;|\/\*|'x'|DROP/i);
  });

  it('binds even the JSON path of a data field', () => {
    const c = compileFilterText('data.lines[0].qty > 1', base);
    expect(c.where).toBe('(instr(data, ?) > 0 AND json_extract(data, ?) > ?)');
    expect(c.params).toEqual(['"qty"', '$.lines[0].qty', 1]);
  });

  it('re-checks path segments handed in by code other than the parser', () => {
    const path = ["amount') OR 1=1 --"];
    expect(() => compileFilterText('', base)).not.toThrow();
    const node = { kind: 'compare', field: { kind: 'data', path, column: 1 }, op: '=', value: { kind: 'number', value: 1, column: 8 }, column: 1 } as const;
    return import('./compile-filter').then(({ compileFilter }) => {
      expect(() => compileFilter(node)).toThrow(/is not a data field name/);
    });
  });

  it('refuses a PIN hash in a tree handed in by code other than the parser, at the path\'s column', async () => {
    const { compileFilter } = await import('./compile-filter');
    for (const path of [['pinHash'], ['staff', 0, 'PinHash']]) {
      const node = { kind: 'compare', field: { kind: 'data', path, column: 5 }, op: '~', value: { kind: 'string', value: 'scrypt', bare: false, column: 20 }, column: 5 } as const;
      let error: unknown;
      try {
        compileFilter(node);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FilterError);
      expect(error).toMatchObject({ code: 'Validation', column: 5, problem: expect.stringMatching(/PIN hashes are secret/) as unknown });
    }
  });
});
