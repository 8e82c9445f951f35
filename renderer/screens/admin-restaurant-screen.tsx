import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { RestaurantView } from '../../shared/contract/restaurant-commands';
import { useStores } from '../app/stores-context';
import { cutoffText } from '../reports/report-range';
import { usableLocale } from '../stores/locale-store';

// Long texts take the full width of the grid; short ones sit two to a row.
const FIELDS = [
  ['name', 80, false],
  ['phone', 40, false],
  ['address', 200, true],
  ['taxId', 40, false],
  ['footer', 200, true],
] as const;
/** Suggestions only: any BCP 47 tag Intl knows is accepted. */
const LOCALES = ['en-US', 'en-GB', 'en-AU', 'zh-CN', 'zh-TW', 'zh-HK', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'ja-JP'];

/** The zones this browser knows, UTC first (Intl leaves it out of its list), and the stored one even if it is not among them. */
function zoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

/** "04:00" from an <input type="time"> → 240; null for a time past noon or unreadable. */
function cutoffMinutes(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 720 && Number(m[2]) < 60 ? minutes : null;
}

/** What the receipt header and footer say, and the locale every amount and date is written in. */
export function AdminRestaurantScreen() {
  const { t } = useTranslation();
  const restaurant = useStore(useStores().locale, (s) => s.restaurant);
  if (!restaurant) return <p className="hint">{t('signIn.loading')}</p>;
  return <RestaurantForm key={JSON.stringify(restaurant)} restaurant={restaurant} />;
}

function RestaurantForm({ restaurant }: { restaurant: RestaurantView }) {
  const { t } = useTranslation();
  const { admin, status } = useStores();
  const busy = useStore(admin, (s) => s.busy);
  const [form, setForm] = useState<RestaurantView>(restaurant);
  const [cutoff, setCutoff] = useState(cutoffText(restaurant.dayCutoffMinutes));
  const [error, setError] = useState<string | null>(null);
  const zones = useMemo(() => zoneChoices(restaurant.timeZone), [restaurant.timeZone]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (form.name.trim() === '') return setError(t('admin.nameRequired'));
    if (!usableLocale(form.locale.trim())) return setError(t('admin.restaurant.localeRule'));
    const dayCutoffMinutes = cutoffMinutes(cutoff);
    if (dayCutoffMinutes === null) return setError(t('admin.restaurant.cutoffRule'));
    setError(null);
    if (await admin.getState().setRestaurant({ ...form, locale: form.locale.trim(), dayCutoffMinutes })) status.getState().info(t('admin.saved'));
  };

  return (
    <section className="admin-pane" aria-labelledby="restaurant-title">
      <form className="admin-form" data-testid="restaurant-form" onSubmit={(e) => void submit(e)}>
        <h2 id="restaurant-title" className="pane-title">
          {t('admin.restaurant.title')}
        </h2>
        <div className="admin-fields admin-fields-aligned">
          {FIELDS.map(([key, max, wide]) => (
            <label key={key} className={wide ? 'admin-field admin-field-wide' : 'admin-field'}>
              <span className="field-label">{t(`admin.restaurant.${key}`)}</span>
              <input
                className="text-input"
                data-testid={`restaurant-${key}`}
                maxLength={max}
                autoComplete="off"
                value={form[key]}
                onChange={(e) => setForm({ ...form, [key]: e.target.value })}
              />
            </label>
          ))}
          <label className="admin-field">
            <span className="field-label">{t('admin.restaurant.locale')}</span>
            <input
              className="text-input"
              data-testid="restaurant-locale"
              list="admin-locales"
              maxLength={35}
              autoComplete="off"
              value={form.locale}
              onChange={(e) => setForm({ ...form, locale: e.target.value })}
            />
            <datalist id="admin-locales">
              {LOCALES.map((l) => (
                <option key={l} value={l} />
              ))}
            </datalist>
          </label>
          <label className="admin-field">
            <span className="field-label">{t('admin.restaurant.timeZone')}</span>
            <select className="text-input" data-testid="restaurant-time-zone" value={form.timeZone} onChange={(e) => setForm({ ...form, timeZone: e.target.value })}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </label>
          {/* No max="12:00": the browser would block the form with its own bubble; the rule is checked and worded below. */}
          <label className="admin-field">
            <span className="field-label">{t('admin.restaurant.dayCutoff')}</span>
            <input
              className="text-input"
              type="time"
              data-testid="restaurant-day-cutoff"
              step={60}
              value={cutoff}
              onChange={(e) => setCutoff(e.target.value)}
            />
          </label>
        </div>
        <p className="hint">{t('admin.restaurant.localeHint')}</p>
        <p className="hint">{t('admin.restaurant.timeZoneHint')}</p>
        {error && (
          <p className="field-error" role="alert" data-testid="restaurant-error">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary button-large" data-testid="restaurant-submit" disabled={busy}>
          {t('admin.save')}
        </button>
      </form>
    </section>
  );
}
