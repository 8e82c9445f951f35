import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ApprovalDialog } from '../components/approval-dialog';
import { ConnectionBadge } from '../components/connection-badge';
import { IntegrityAlert } from '../components/integrity-alert';
import { LanguageSwitch } from '../components/language-switch';
import { StatusToast } from '../components/status-toast';
import { AdminScreen } from '../screens/admin-screen';
import { ClosedOrdersScreen } from '../screens/closed-orders-screen';
import { FloorScreen } from '../screens/floor-screen';
import { HistoryScreen } from '../screens/history-screen';
import { KitchenScreen } from '../screens/kitchen-screen';
import { OrderScreen } from '../screens/order-screen';
import { ReportsScreen } from '../screens/reports-screen';
import { ShiftScreen } from '../screens/shift-screen';
import { SignInScreen } from '../screens/sign-in-screen';
import { useStores } from './stores-context';

// 'till' is the order screen (its nav test id stays nav-till).
// 'orders' are the closed orders (reprint, refund, reopen); 'history' is the event log (managers).
type View = 'floor' | 'till' | 'kitchen' | 'orders' | 'history' | 'reports' | 'shift' | 'admin';

export function App() {
  const { t } = useTranslation();
  const { app, orders, session } = useStores();
  const terminal = useStore(app, (s) => s.terminal);
  const loaded = useStore(session, (s) => s.loaded);
  // The screens appear only while someone is signed in; everyone else sees the sign-in screen.
  const staff = useStore(session, (s) => s.session?.staff ?? null);
  const [view, setView] = useState<View>('till');

  const show = (next: View) => {
    setView(next);
    // The closed list is read again on entry; pushes keep it fresh while it is shown.
    if (next === 'orders') void orders.getState().refresh();
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">{t('app.name')}</h1>
        {terminal && (
          <span className="terminal" data-testid="terminal">
            {t('app.terminal', { terminal })}
          </span>
        )}
        {staff && (
          <nav className="nav" aria-label={t('app.nav.label')}>
            {(['floor', 'till', 'kitchen', 'orders', 'history', 'reports', 'shift', 'admin'] as const)
              // Admin, History and Reports are for managers: servers never see the entries (and the core refuses their queries).
              .filter((v) => (v !== 'admin' && v !== 'history' && v !== 'reports') || staff.role === 'manager')
              .map((v) => (
              <button
                key={v}
                type="button"
                className="nav-button"
                aria-pressed={view === v}
                data-testid={`nav-${v}`}
                onClick={() => show(v)}
              >
                {t(`app.nav.${v}`)}
              </button>
            ))}
          </nav>
        )}
        {staff && (
          <div className="staff-session">
            <span className="staff-name" data-testid="staff-name">
              {staff.name}
            </span>
            <button type="button" className="nav-button" data-testid="sign-out" onClick={() => {
                setView('till');
                void session.getState().signOut();
              }}>
              {t('staff.signOut')}
            </button>
          </div>
        )}
        <LanguageSwitch />
        <ConnectionBadge />
      </header>
      <IntegrityAlert />
      <main className="app-main">
        {!loaded ? (
          <p className="hint">{t('signIn.loading')}</p>
        ) : !staff ? (
          <SignInScreen />
        ) : view === 'till' ? (
          <OrderScreen />
        ) : view === 'floor' ? (
          <FloorScreen onOpenOrder={() => show('till')} />
        ) : view === 'kitchen' ? (
          <KitchenScreen />
        ) : view === 'shift' ? (
          <ShiftScreen />
        ) : view === 'admin' ? (
          <AdminScreen />
        ) : view === 'history' && staff.role === 'manager' ? (
          <HistoryScreen />
        ) : view === 'reports' && staff.role === 'manager' ? (
          <ReportsScreen />
        ) : (
          <ClosedOrdersScreen onOpenOrder={() => show('till')} />
        )}
      </main>
      <ApprovalDialog />
      <StatusToast />
    </div>
  );
}
