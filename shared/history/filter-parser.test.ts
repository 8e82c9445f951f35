import { describe, expect, it } from 'vitest';
import { parseFilter } from './filter-parser';
import { FILTER_LIMITS, FilterError, type FilterNode, type FilterValue } from './filter-syntax';

/** The error a filter gets: its column and plain message. */
function errorOf(text: string): { column: number; message: string; length: number } {
  try {
    parseFilter(text);
  } catch (e) {
    if (e instanceof FilterError) return { column: e.column, message: e.message, length: e.length };
    throw e;
  }
  throw new Error(`"${text}" parsed`);
}

/** A compact rendering of the tree, so expectations read like the filter. */
function show(n: FilterNode | null): string {
  if (n === null) return '*';
  switch (n.kind) {
    case 'and':
    case 'or':
      return `(${n.items.map(show).join(` ${n.kind} `)})`;
    case 'not':
      return `not ${show(n.item)}`;
    case 'compare':
    case 'in': {
      const f = n.field.kind === 'field' ? n.field.name : `data${JSON.stringify(n.field.path)}`;
      const v = (x: FilterValue): string => {
        switch (x.kind) {
          case 'string':
            return x.bare ? x.value : JSON.stringify(x.value);
          case 'number':
          case 'boolean':
            return String(x.value);
          case 'date':
            return `@${x.text}`;
          case 'relative':
            return `@${x.name}`;
          case 'null':
            return 'null';
        }
      };
      return n.kind === 'in' ? `${f} in [${n.values.map(v).join(',')}]` : `${f} ${n.op} ${v(n.value)}`;
    }
  }
}

const p = (text: string): string => show(parseFilter(text));

describe('the filter parser', () => {
  it('reads the example from the issue', () => {
    expect(p('type = ItemVoided and staff = "Ana" and at >= 2026-11-01 and data.amount > 5000')).toBe(
      '(type = ItemVoided and staff = "Ana" and at >= @2026-11-01 and data["amount"] > 5000)',
    );
  });

  it('reads an empty or blank filter as "every event"', () => {
    expect(p('')).toBe('*');
    expect(p('  \n\t ')).toBe('*');
  });

  it('reads every comparison operator', () => {
    for (const op of ['=', '!=', '<', '<=', '>', '>=']) expect(p(`position ${op} 5`)).toBe(`position ${op} 5`);
    expect(p('stream ~ "order-"')).toBe('stream ~ "order-"');
    expect(p('position>=5')).toBe('position >= 5');
  });

  it('binds and tighter than or, and honours parentheses and not', () => {
    expect(p('type = A or type = B and staff = "Ana"')).toBe('(type = A or (type = B and staff = "Ana"))');
    expect(p('(type = A or type = B) and staff = "Ana"')).toBe('((type = A or type = B) and staff = "Ana")');
    expect(p('not type = A and not (position < 3 or position > 9)')).toBe('(not type = A and not (position < 3 or position > 9))');
    expect(p('not not type = A')).toBe('not not type = A');
  });

  it('reads keywords and field names in any case, values as written', () => {
    expect(p('TYPE = ItemVoided AND Staff = "ana" Or NOT at = TODAY')).toBe('((type = ItemVoided and staff = "ana") or not at = @today)');
  });

  it('reads in and not in lists', () => {
    expect(p('type in (ItemVoided, OrderRefunded)')).toBe('type in [ItemVoided,OrderRefunded]');
    expect(p('type not in (A)')).toBe('not type in [A]');
    expect(p('data.tender in ("cash", card, 3)')).toBe('data["tender"] in ["cash",card,3]');
  });

  it('reads data paths with names and indexes', () => {
    expect(p('data.lines[0].qty >= 2')).toBe('data["lines",0,"qty"] >= 2');
    expect(p('data.a.b_c.D9[12] = true')).toBe('data["a","b_c","D9",12] = true');
    expect(p('data.reason = null')).toBe('data["reason"] = null');
    expect(p('data.x != false')).toBe('data["x"] != false');
  });

  it('reads numbers, negative and decimal', () => {
    expect(p('data.amount > -5')).toBe('data["amount"] > -5');
    expect(p('data.rate = 0.125')).toBe('data["rate"] = 0.125');
  });

  it('reads dates and date-times with and without a zone', () => {
    expect(p('at = 2026-11-01')).toBe('at = @2026-11-01');
    for (const t of ['2026-11-01T14:30', '2026-11-01T14:30:15', '2026-11-01T14:30:15.5', '2026-11-01T14:30Z', '2026-11-01T14:30:15.123+05:30', '2026-11-01T00:00-08:00']) {
      expect(p(`at < ${t}`)).toBe(`at < @${t}`);
    }
    const n = parseFilter('at = 2026-11-01T14:30:15.5+05:30');
    expect(n?.kind === 'compare' && n.value.kind === 'date' && n.value.parts).toEqual({ year: 2026, month: 11, day: 1, hour: 14, minute: 30, second: 15, ms: 500, offsetMinutes: 330 });
  });

  it('reads text escapes and keeps anything else inside quotes as plain text', () => {
    const value = (text: string): unknown => {
      const n = parseFilter(text);
      return n?.kind === 'compare' && n.value.kind === 'string' ? n.value.value : undefined;
    };
    expect(value(String.raw`data.reason = "say \"hi\" \\ \n \t \r \/ \u00e9"`)).toBe('say "hi" \\ \n \t \r / é');
    expect(value(`type = "x' or 1=1 --"`)).toBe("x' or 1=1 --");
    expect(value(`type = "a; DROP TABLE events; --"`)).toBe('a; DROP TABLE events; --');
    expect(value(`type = "/* */ ) or (1=1"`)).toBe('/* */ ) or (1=1');
    expect(value('staff = "Zoë 张伟 🍕"')).toBe('Zoë 张伟 🍕');
  });

  it('keeps columns on nodes for later errors', () => {
    const n = parseFilter('type = A and staff = "Ana"');
    expect(n?.kind === 'and' && n.items[1]?.kind === 'compare' && n.items[1].value.column).toBe(22);
  });
});

describe('filter errors point at the column', () => {
  it.each([
    ['type =', 7, "expected a value after '=', found the end at column 7"],
    ['type = ItemVoided and staff =', 30, "expected a value after '=', found the end at column 30"],
    ['type = and', 8, "expected a value after '=', found 'and' at column 8"],
    ['tpye = ItemVoided', 1, "unknown field 'tpye' (fields: type, stream, staff, approver, terminal, at, position, version, id, command, data.<path>) at column 1"],
    ['type ItemVoided', 6, "expected a comparison (= != < <= > >= ~ in) after type, found 'ItemVoided' at column 6"],
    ['type = A and', 13, 'expected a field (type, staff, at, data.amount, ...) at the end at column 13'],
    ['(type = A', 10, "expected ')' to close the '(' at column 1, found the end at column 10"],
    ['type = A)', 9, "this ')' closes nothing at column 9"],
    ['type = A type = B', 10, "expected and, or or the end, found 'type' at column 10"],
    ['type == A', 6, 'compare with a single = at column 6'],
    ['type <> A', 6, '"not equal" is written != at column 6'],
    ["type = 'A'", 8, 'text goes in double quotes: "like this" at column 8'],
    ['type = "A', 8, 'this text has no closing " at column 8'],
    ['type = "a\\qb"', 10, 'unknown escape \\q in text (use \\" \\\\ \\n \\t \\r or \\uXXXX) at column 10'],
    ['type = "a\\u12"', 10, '\\u needs four hex digits at column 10'],
    ['type = A; drop table events', 9, 'unexpected character ";" at column 9'],
    ['type = A && type = B', 10, 'unexpected character "&" (write and / or) at column 10'],
    ['type = A -- comment', 10, '-- is not a number or a date (dates look like 2026-11-01 or 2026-11-01T14:30) at column 10'],
    ['type = A /* c */', 10, 'unexpected character "/" at column 10'],
    ['staff = Zoë', 11, "unexpected character 'ë' (put text in double quotes) at column 11"],
    ['at = 2026-02-30', 6, '2026-02-30 is not a real date at column 6'],
    ['at = 2026-11-01T24:00', 6, '2026-11-01T24:00 is not a real time at column 6'],
    ['at = 2026-1-1', 6, '2026-1-1 is not a number or a date (dates look like 2026-11-01 or 2026-11-01T14:30) at column 6'],
    ['at > 5', 6, 'at is compared with a date like 2026-11-01 or 2026-11-01T14:30, or today at column 6'],
    ['at = "2026-11-01"', 6, 'at is compared with a date like 2026-11-01 or 2026-11-01T14:30, or today at column 6'],
    ['position = "5"', 12, 'position is a whole number at column 12'],
    ['position = 1.5', 12, 'position is a whole number at column 12'],
    ['position ~ "5"', 12, 'position is a number: use = != < <= > >= at column 12'],
    ['type > A', 8, 'type is compared with =, != or ~ at column 8'],
    ['type = 5', 8, 'type is text: write it bare (ItemVoided) or in double quotes at column 8'],
    ['type = null', 8, 'every event has a type at column 8'],
    ['staff = 5', 9, 'staff is a staff member\'s name in double quotes, e.g. "Ana" at column 9'],
    ['data.x < null', 10, 'null is only compared with = or != at column 10'],
    ['data.x ~ 5', 10, '~ looks for text: put what to look for in double quotes at column 10'],
    ['data = 5', 1, 'name a part of the data, e.g. data.amount at column 1'],
    ['data.lines[x] = 1', 12, 'expected a position like [0] in a data path at column 12'],
    ['data.lines[-1] = 1', 12, 'expected a position like [0] in a data path at column 12'],
    ['data.lines[0 = 1', 14, "expected ']' at column 14"],
    ['data..x = 1', 6, "expected a name after '.' (letters, digits and _) at column 6"],
    ['type in ItemVoided', 9, "expected '(' after in, as in: type in (ItemVoided, OrderRefunded) at column 9"],
    ['type in (A B)', 12, "expected ',' or ')' in the list, found 'B' at column 12"],
    ['type in ()', 10, "expected a value after 'in (', found ')' at column 10"],
  ])('%s', (text, column, message) => {
    const e = errorOf(text);
    expect(e.message).toBe(message);
    expect(e.column).toBe(column);
  });

  it('underlines the whole offending token', () => {
    expect(errorOf('tpye = A').length).toBe(4);
    expect(errorOf('at = 2026-02-30').length).toBe(10);
  });

  it('refuses a filter longer than the limit, before reading it', () => {
    const long = `type = "${'x'.repeat(FILTER_LIMITS.maxLength)}"`;
    const e = errorOf(long);
    expect(e.column).toBe(FILTER_LIMITS.maxLength + 1);
    expect(e.message).toMatch(/a filter is at most 2000 characters \(this one has 2009\)/);
    expect(() => parseFilter('x'.repeat(1_000_000))).toThrow(FilterError);
  });

  it('refuses nesting deeper than the limit, parentheses and not alike, without overflowing the stack', () => {
    const ok = `${'('.repeat(FILTER_LIMITS.maxDepth)}type = A${')'.repeat(FILTER_LIMITS.maxDepth)}`;
    expect(p(ok)).toBe('type = A');
    expect(errorOf(`${'('.repeat(FILTER_LIMITS.maxDepth + 1)}type = A${')'.repeat(FILTER_LIMITS.maxDepth + 1)}`)).toMatchObject({
      column: FILTER_LIMITS.maxDepth + 1,
      message: `nested too deeply (more than 32 levels of parentheses and not) at column 33`,
    });
    expect(errorOf(`${'not '.repeat(40)}type = A`).column).toBe(4 * 32 + 1);
    expect(errorOf('('.repeat(1999)).message).toMatch(/nested too deeply/);
  });

  it('refuses an in list longer than the limit', () => {
    const values = (n: number): string => Array.from({ length: n }, (_, i) => i).join(',');
    expect(parseFilter(`position in (${values(200)})`)?.kind).toBe('in');
    const e = errorOf(`position in (${values(201)})`);
    expect(e.message).toMatch(/^an in \(...\) list holds at most 200 values/);
    expect(e.column).toBe(`position in (${values(200)},`.length + 1);
  });

  it('refuses a data path longer than the limit', () => {
    expect(errorOf(`data${'.a'.repeat(13)} = 1`).message).toMatch(/^a data path has at most 12 parts/);
  });

  it('refuses a data path that names pinHash, at any depth and in any case, pointing at the path', () => {
    expect(errorOf('data.pinHash ~ "scrypt$16384"')).toEqual({ column: 1, length: 12, message: 'a filter cannot look at pinHash: PIN hashes are secret at column 1' });
    expect(errorOf('type = StaffAdded and data.staff[0].PINHASH != null')).toMatchObject({ column: 23, length: 'data.staff[0].PINHASH'.length });
    expect(errorOf('data.pinhash.x = 1').column).toBe(1);
    expect(errorOf('not (data.pinHash in (a, b))').column).toBe(6);
    // Only the whole name: a field that merely contains it is a field like any other, and text is text.
    expect(p('data.pinHashes = 1')).toBe('data["pinHashes"] = 1');
    expect(p('data.reason = "pinHash"')).toBe('data["reason"] = "pinHash"');
  });

  it('refuses numbers too long to be exact', () => {
    expect(errorOf('data.x = 12345678901234567890').message).toMatch(/too long a number/);
  });

  it('refuses a raw line break inside text (a missing quote, most likely)', () => {
    expect(errorOf('type = "a\nb"').message).toMatch(/line break or control character inside text \(use \\n or \\t\) at column 10/);
  });

  it('is a Validation error whose details carry the column, and the code and parameters a UI translates', () => {
    try {
      parseFilter('type = ');
    } catch (e) {
      expect(e).toBeInstanceOf(FilterError);
      expect((e as FilterError).toJSON()).toEqual({
        code: 'Validation',
        message: "expected a value after '=', found the end at column 8",
        details: { column: 8, length: 1, code: 'expectedValue', params: { after: '=', found: 'the end', foundKind: 'end' } },
      });
    }
    const details = (text: string): unknown => {
      try {
        parseFilter(text);
      } catch (e) {
        return (e as FilterError).details;
      }
    };
    expect(details('tpye = X')).toMatchObject({ code: 'unknownField', params: { field: 'tpye' } });
    expect(details('data.pinHash = "x"')).toMatchObject({ code: 'secretField', params: { field: 'pinHash' } });
    expect(details('at = 2026-02-30')).toMatchObject({ code: 'notRealDate', params: { text: '2026-02-30' } });
  });
});
