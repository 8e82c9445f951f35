import type { TFunction } from 'i18next';
import { isFilterErrorCode } from '../../shared/history/filter-errors';

/** A filter's problem as the parser or the core gave it: the English message, and its code and parameters when it has them. */
export interface FilterProblemText {
  message: string;
  code?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

/**
 * The problem in the UI's language: historyLog.filterError.<code> with the
 * error's parameters ("found" said in words when it was the end or a text).
 * An unknown code, or none (an older core, a refusal not yet coded), shows
 * the English message as it came.
 */
export function filterProblemText(t: TFunction, p: FilterProblemText): string {
  if (!isFilterErrorCode(p.code)) return p.message;
  const params: Record<string, unknown> = { ...p.params };
  const kind = params.foundKind;
  if (kind === 'end' || kind === 'text') params.found = t(`historyLog.filterError.found.${kind}`);
  return t(`historyLog.filterError.${p.code}`, { ...params, defaultValue: p.message });
}
