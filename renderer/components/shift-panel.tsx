import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { ShiftCashDialog, type CashAction } from './shift-cash-dialog';
import { ShiftOpenForm } from './shift-open-form';

const ACTIONS: CashAction[] = ['payIn', 'payOut', 'drawer'];

/** The shift open on this till and what can be done with the drawer; the open form when there is none. */
export function ShiftPanel() {
  const { t } = useTranslation();
  const { money, time } = useFormat();
  const { shift, menu } = useStores();
  const current = useStore(shift, (s) => s.current);
  const loaded = useStore(shift, (s) => s.loaded);
  const names = useStore(shift, (s) => s.staffNames);
  const busy = useStore(shift, (s) => s.busy);
  const currency = useStore(menu, (s) => s.menu?.currency ?? null);
  const [action, setAction] = useState<CashAction | null>(null);

  if (!loaded) return <section className="shift-panel"><p className="hint">{t('signIn.loading')}</p></section>;
  if (!current) return <section className="shift-panel"><ShiftOpenForm /></section>;

  const who = current.openedBy ? (names[current.openedBy] ?? current.openedBy) : t('shift.system');
  const cur = currency ?? 'XXX';
  return (
    <section className="shift-panel" aria-labelledby="shift-title" data-testid="shift-current" data-shift-id={current.shiftId}>
      <h2 id="shift-title" className="pane-title">
        {t('shift.openTitle')}
      </h2>
      <dl className="facts">
        <div className="facts-row">
          <dt>{t('shift.openedBy')}</dt>
          <dd data-testid="shift-opened-by">{who}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('shift.openedAt')}</dt>
          <dd data-testid="shift-opened-at">{time(current.openedAt)}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('shift.float')}</dt>
          <dd data-testid="shift-float">{money(current.float, cur)}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('shift.paidIn')}</dt>
          <dd data-testid="shift-paid-in">{money(current.paidIn, cur)}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('shift.paidOut')}</dt>
          <dd data-testid="shift-paid-out">{money(current.paidOut, cur)}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('shift.drawerOpenings')}</dt>
          <dd data-testid="shift-drawer-openings">{current.drawerOpenings}</dd>
        </div>
      </dl>
      <div className="shift-actions">
        {ACTIONS.map((a) => (
          <button key={a} type="button" className="button button-large" data-testid={`shift-${a}`} disabled={busy || !currency} onClick={() => setAction(a)}>
            {t(`shift.action.${a}`)}
          </button>
        ))}
        <button type="button" className="button button-large" data-testid="shift-x" disabled={busy} onClick={() => void shift.getState().showX()}>
          {t('shift.xReport')}
        </button>
        <button
          type="button"
          className="button button-primary button-large shift-close"
          data-testid="shift-close"
          disabled={busy || !currency}
          onClick={() => setAction('close')}
        >
          {t('shift.action.close')}
        </button>
      </div>
      {action && currency && <ShiftCashDialog action={action} currency={currency} onDone={() => setAction(null)} />}
    </section>
  );
}
