import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { clockOf, customRange, cutoffText, RANGE_PRESETS } from '../reports/report-range';
import type { ReportsStore } from '../stores/reports-store';

/** The days a report covers: a preset in one tap, or from/to typed (dates are the restaurant's business days, as the till dates sales). */
export function ReportRangeBar({ store }: { store: ReportsStore }) {
  const { t } = useTranslation();
  const preset = useStore(store, (s) => s.preset);
  const range = useStore(store, (s) => s.range);
  const [from, setFrom] = useState(range.from ?? '');
  const [to, setTo] = useState(range.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const clock = clockOf(useStore(useStores().locale, (s) => s.restaurant));

  // A preset's days are worked out at each read (the day may have turned): show the ones it used.
  useEffect(() => {
    if (preset === 'custom') return;
    setFrom(range.from ?? '');
    setTo(range.to ?? '');
  }, [preset, range]);

  const pick = (p: (typeof RANGE_PRESETS)[number]) => {
    setError(null);
    void store.getState().setPreset(p);
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const r = customRange(from, to);
    if (r === 'endsBeforeStart') return setError(t('reports.rangeBackwards'));
    setError(null);
    void store.getState().setRange(r);
  };

  return (
    <div className="report-range">
      <div className="chip-row" role="group" aria-label={t('reports.range')}>
        {RANGE_PRESETS.map((p) => (
          <button key={p} type="button" className="button chip" aria-pressed={preset === p} data-testid={`report-preset-${p}`} onClick={() => pick(p)}>
            {t(`reports.presets.${p}`)}
          </button>
        ))}
      </div>
      <form className="report-range-form" onSubmit={apply}>
        <label className="field-label" htmlFor="report-from">
          {t('reports.from')}
        </label>
        <input id="report-from" className="text-input" type="date" data-testid="report-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label className="field-label" htmlFor="report-to">
          {t('reports.to')}
        </label>
        <input id="report-to" className="text-input" type="date" data-testid="report-to" value={to} onChange={(e) => setTo(e.target.value)} />
        <button type="submit" className="button" data-testid="report-apply" aria-pressed={preset === 'custom'}>
          {t('reports.apply')}
        </button>
      </form>
      {/* Which days these are: an owner in another zone (or the browser's) must not read them as calendar days of their own. */}
      <p className="hint" data-testid="report-business-days">
        {t('reports.businessDays', { zone: clock.timeZone, cutoff: cutoffText(clock.dayCutoffMinutes) })}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
