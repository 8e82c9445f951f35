import { describe, expect, it } from 'vitest';
import { FILTER_ERROR_CODES, FILTER_ERROR_MESSAGES, type FilterErrorCode } from '../../shared/history/filter-errors';
import { parseFilter } from '../../shared/history/filter-parser';
import { FilterError } from '../../shared/history/filter-syntax';
import { initI18n } from '../i18n/i18n';
import en from '../i18n/locales/en.json';
import zhCN from '../i18n/locales/zh-CN.json';
import { filterProblemText } from './history-filter-text';

const en_ = en.historyLog.filterError as Record<string, unknown>;
const zh_ = zhCN.historyLog.filterError as Record<string, unknown>;
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');

function refusal(text: string): FilterError {
  try {
    parseFilter(text);
  } catch (e) {
    if (e instanceof FilterError) return e;
    throw e;
  }
  throw new Error(`${text} was read`);
}

describe('filter errors in the UI language', () => {
  it('every code has an English and a Chinese text', () => {
    expect(FILTER_ERROR_CODES.filter((c) => typeof en_[c] !== 'string')).toEqual([]);
    expect(FILTER_ERROR_CODES.filter((c) => typeof zh_[c] !== 'string')).toEqual([]);
  });

  it("the English text says what the parser's message says (the CLI's words), whatever the parameters", () => {
    const { t } = initI18n('en');
    for (const code of FILTER_ERROR_CODES) {
      const params = Object.fromEntries(placeholders(en_[code] as string).map((n) => [n, `<${n}>`]));
      const message = (FILTER_ERROR_MESSAGES[code] as (p: Record<string, string>) => string)(params);
      expect(t(`historyLog.filterError.${code}`, params), code).toBe(message);
    }
  });

  it("translates the parser's refusals, 'found' included, and keeps the English for a code it does not know", () => {
    const zh = initI18n('zh-CN').t;
    const enT = initI18n('en').t;
    const atEnd = refusal('type = ItemVoided and at =');
    expect(atEnd.problemCode).toBe('expectedValue' satisfies FilterErrorCode);
    expect(filterProblemText(enT, { message: atEnd.problem, code: atEnd.problemCode, params: atEnd.params })).toBe("expected a value after '=', found the end");
    expect(filterProblemText(zh, { message: atEnd.problem, code: atEnd.problemCode, params: atEnd.params })).toBe("'=' 后面应为一个值，却是 结尾");
    const field = refusal('tpye = ItemVoided');
    expect(filterProblemText(zh, { message: field.problem, code: field.problemCode, params: field.params })).toMatch(/^未知字段 'tpye'（可用字段：type, stream, /);
    expect(filterProblemText(zh, { message: 'something new', code: 'notACode', params: {} })).toBe('something new');
    expect(filterProblemText(zh, { message: 'no code at all' })).toBe('no code at all');
  });
});
