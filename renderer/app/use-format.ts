import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../format/money';
import { formatTime } from '../format/time';

/** Money and time in the UI language's conventions. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  const money = useCallback((minor: number, currency: string) => formatMoney(minor, currency, locale), [locale]);
  const time = useCallback((iso: string) => formatTime(iso, locale), [locale]);
  return { money, time, locale };
}
