import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { parseFilter } from '../../shared/history/filter-parser';
import { SAVED_FILTERS, savedFilterText } from '../../shared/history/saved-filters';
import { FilterError } from '../../shared/history/filter-syntax';
import { useStores } from '../app/stores-context';
import type { FilterProblem, HistoryLogStore } from '../stores/history-log-store';
import { filterProblemText } from './history-filter-text';

/** Filters to start from: the language itself, so the same in every UI language (a tap puts one in the field). */
const EXAMPLES = [
  'type = ItemVoided and at = today',
  'staff = "Ana" and type = DiscountApplied',
  'data.reason ~ "burnt"',
  'approver != null and at >= yesterday',
  'type = PaymentTaken and data.amount > 5000',
] as const;

/** The shared parser's verdict on the text as typed: null when it reads (or is empty). */
function check(text: string): FilterProblem | null {
  try {
    parseFilter(text);
    return null;
  } catch (e) {
    if (e instanceof FilterError) return { message: e.problem, column: e.column, length: e.length, code: e.problemCode, params: e.params };
    throw e;
  }
}

/**
 * The filter language (shared/history/filter-language.md) in one field,
 * checked on every keystroke with the parser the core uses; a filter that
 * does not read shows its problem and marks the place (column and length)
 * under the text. Enter or Apply runs it; the saved filters run at a tap.
 */
export function HistoryFilterBar({ log, onExport }: { log: HistoryLogStore; onExport?: (filter: string) => void }) {
  const { t } = useTranslation();
  const terminal = useStore(useStores().app, (s) => s.terminal) ?? '';
  const applied = useStore(log, (s) => s.applied);
  const fromCore = useStore(log, (s) => s.problem);
  const [text, setText] = useState(applied);
  const input = useRef<HTMLInputElement>(null);
  const typed = useMemo(() => check(text), [text]);
  // The core's refusal (an unknown staff name) counts only while the text is the one it refused.
  const problem = typed ?? (fromCore && text.trim() === applied ? coreProblem(fromCore) : null);

  const run = (next: string): void => {
    setText(next);
    if (check(next) === null) void log.getState().show(next);
  };
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    run(text);
  };

  return (
    <div className="history-filter">
      <form className="history-filter-row" onSubmit={onSubmit} role="search">
        <label htmlFor="history-filter-input" className="history-filter-label">
          {t('historyLog.filter.label')}
        </label>
        <div className="history-filter-field">
          <input
            id="history-filter-input"
            ref={input}
            className="history-filter-input"
            data-testid="history-filter-input"
            value={text}
            spellCheck={false}
            autoComplete="off"
            placeholder={t('historyLog.filter.placeholder')}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'history-filter-error history-filter-help' : 'history-filter-help'}
            onChange={(e) => setText(e.target.value)}
          />
          {problem && (
            // The same text in the same font under the field, with the faulty part marked: the caret points at the column.
            <div className="history-filter-mark" aria-hidden="true" data-testid="history-filter-mark" data-column={problem.column} data-length={problem.length}>
              <span className="history-filter-mark-before">{text.slice(0, problem.column - 1)}</span>
              <mark>{text.slice(problem.column - 1, problem.column - 1 + problem.length) || ' '}</mark>
            </div>
          )}
        </div>
        <button type="submit" className="button button-primary" data-testid="history-filter-apply" disabled={typed !== null}>
          {t('historyLog.filter.apply')}
        </button>
        <button type="button" className="button" data-testid="history-filter-clear" onClick={() => run('')}>
          {t('historyLog.filter.clear')}
        </button>
        {onExport && (
          <button type="button" className="button" data-testid="history-export" onClick={() => onExport(applied)}>
            {t('historyLog.filter.export')}
          </button>
        )}
      </form>
      <p id="history-filter-error" className="history-filter-error" data-testid="history-filter-error" aria-live="polite">
        {problem ? t('historyLog.filter.error', { column: problem.column, problem: filterProblemText(t, problem) }) : ''}
      </p>
      <div className="history-filter-extras">
        <div className="history-saved" role="group" aria-label={t('historyLog.filter.saved')}>
          {SAVED_FILTERS.map((f) => (
            <button key={f.key} type="button" className="button button-small" data-testid={`history-saved-${f.key}`} onClick={() => run(savedFilterText(f, terminal))}>
              {t(`historyLog.savedFilter.${f.key}`)}
            </button>
          ))}
        </div>
        <details className="history-help" id="history-filter-help">
          <summary data-testid="history-filter-help">{t('historyLog.filter.help')}</summary>
          <p>{t('historyLog.filter.helpFields')}</p>
          <p>{t('historyLog.filter.helpOps')}</p>
          <p>{t('historyLog.filter.helpValues')}</p>
          <p>{t('historyLog.filter.helpExamples')}</p>
          <div className="history-examples">
            {EXAMPLES.map((x) => (
              <button
                key={x}
                type="button"
                className="button button-small history-example"
                data-testid="history-filter-example"
                onClick={() => {
                  setText(x);
                  input.current?.focus();
                }}
              >
                {x}
              </button>
            ))}
          </div>
        </details>
      </div>
    </div>
  );
}

/** The core sends "… at column N" in its message: the screen shows the place itself. */
function coreProblem(p: FilterProblem): FilterProblem {
  return { ...p, message: p.message.replace(/ at column \d+$/, '') };
}
