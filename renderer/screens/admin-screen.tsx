import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { onArrowKeys } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';
import { AdminMenuScreen } from './admin-menu-screen';
import { AdminModifiersScreen } from './admin-modifiers-screen';
import { AdminPricingScreen } from './admin-pricing-screen';
import { AdminRestaurantScreen } from './admin-restaurant-screen';
import { AdminStaffScreen } from './admin-staff-screen';

const TABS = ['menu', 'pricing', 'modifiers', 'staff', 'restaurant'] as const;
type Tab = (typeof TABS)[number];

/**
 * The back office on the till, for managers only: the nav hides it from
 * servers, and this screen checks again (the core refuses their commands
 * anyway; this only spares them forms they cannot use).
 */
export function AdminScreen() {
  const { t } = useTranslation();
  const { session, admin } = useStores();
  const role = useStore(session, (s) => s.session?.staff?.role ?? null);
  const [tab, setTab] = useState<Tab>('menu');

  useEffect(() => {
    if (role === 'manager') void admin.getState().loadStaff();
  }, [role, admin]);

  if (role !== 'manager') {
    return (
      <p className="hint" data-testid="admin-denied">
        {t('admin.managersOnly')}
      </p>
    );
  }
  return (
    <div className="admin" data-testid="admin-screen">
      <div className="admin-tabs" role="group" aria-label={t('admin.sections')} onKeyDown={onArrowKeys}>
        {TABS.map((x) => (
          <button key={x} type="button" className="category" aria-pressed={tab === x} data-testid={`admin-tab-${x}`} onClick={() => setTab(x)}>
            {t(`admin.tab.${x}`)}
          </button>
        ))}
      </div>
      <div className="admin-body">
        {tab === 'menu' && <AdminMenuScreen />}
        {tab === 'pricing' && <AdminPricingScreen />}
        {tab === 'modifiers' && <AdminModifiersScreen />}
        {tab === 'staff' && <AdminStaffScreen />}
        {tab === 'restaurant' && <AdminRestaurantScreen />}
      </div>
    </div>
  );
}
