import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { ShiftList } from '../components/shift-list';
import { ShiftPanel } from '../components/shift-panel';
import { ShiftReport } from '../components/shift-report';

/** The drawer's day: the shift and its actions | the X or Z report | past shifts. */
export function ShiftScreen() {
  const { t } = useTranslation();
  const { shift } = useStores();
  const report = useStore(shift, (s) => s.report);
  return (
    <div className="shift" data-testid="shift-screen">
      <ShiftPanel />
      <section className="shift-report-pane" aria-label={t('shift.reportPane')}>
        {report ? <ShiftReport view={report} /> : <p className="hint">{t('shift.reportHint')}</p>}
      </section>
      <ShiftList />
    </div>
  );
}
