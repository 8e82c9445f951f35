import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ConnectionBadge } from '../components/connection-badge';
import { StatusToast } from '../components/status-toast';
import { HistoryScreen } from '../screens/history-screen';
import { TillScreen } from '../screens/till-screen';
import { useStores } from './stores-context';

type View = 'till' | 'history';

export function App() {
  const { t } = useTranslation();
  const { app, orders } = useStores();
  const terminal = useStore(app, (s) => s.terminal);
  const [view, setView] = useState<View>('till');

  const show = (next: View) => {
    setView(next);
    // The closed list is read again on entry; pushes keep it fresh while it is shown.
    if (next === 'history') void orders.getState().refresh();
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
        <nav className="nav" aria-label={t('app.nav.label')}>
          {(['till', 'history'] as const).map((v) => (
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
        <ConnectionBadge />
      </header>
      <main className="app-main">{view === 'till' ? <TillScreen /> : <HistoryScreen />}</main>
      <StatusToast />
    </div>
  );
}
