import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatMoney, formatMoneyCompact } from '../format/money';
import { formatPercent } from '../format/percent';
import { formatTime } from '../format/time';
import { usableLocale } from '../stores/locale-store';
import { useStores } from './stores-context';

/**
 * Money, percentages and time in the restaurant's locale (GetRestaurant), so a
 * receipt, a report and the screen agree; the UI language is the fallback
 * until the restaurant is read or when its locale is unusable.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const restaurantLocale = useStore(useStores().locale, (s) => s.restaurant?.locale);
  const locale = usableLocale(restaurantLocale) ?? i18n.resolvedLanguage ?? i18n.language ?? 'en';
  const money = useCallback((minor: number, currency: string) => formatMoney(minor, currency, locale), [locale]);
  const moneyCompact = useCallback((minor: number, currency: string) => formatMoneyCompact(minor, currency, locale), [locale]);
  const time = useCallback((iso: string) => formatTime(iso, locale), [locale]);
  const percent = useCallback((bp: number) => formatPercent(bp, locale), [locale]);
  return { money, moneyCompact, time, percent, locale };
}
