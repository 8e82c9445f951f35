import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StaffView } from '../../shared/contract/staff-views';
import { useStores } from '../app/stores-context';
import { ModalDialog } from '../components/modal-dialog';
import { PinPad } from '../components/pin-pad';

const PIN_RE = /^\d{4,8}$/;

/** The roster: add a member with a role and PIN, change a PIN, deactivate someone who left (their history stays). */
export function AdminStaffScreen() {
  const { t } = useTranslation();
  const { admin, status } = useStores();
  const staff = useStore(admin, (s) => s.staff);
  const busy = useStore(admin, (s) => s.busy);
  const [pinFor, setPinFor] = useState<StaffView | null>(null);
  const [leaving, setLeaving] = useState<StaffView | null>(null);

  const changePin = async (pin: string) => {
    if (!pinFor) return;
    if (await admin.getState().changePin(pinFor.staffId, pin)) {
      status.getState().info(t('admin.staff.pinChanged', { name: pinFor.name }));
      setPinFor(null);
    }
  };

  const deactivate = async () => {
    if (leaving && (await admin.getState().deactivate(leaving.staffId))) setLeaving(null);
  };

  return (
    <div className="admin-two">
      <section className="admin-pane" aria-labelledby="staff-title">
        <h2 id="staff-title" className="pane-title">
          {t('admin.staff.title')}
        </h2>
        <ul className="admin-rows">
          {staff.map((s) => (
            <li key={s.staffId} className={`admin-row${s.active ? '' : ' admin-row-86'}`} data-testid="admin-staff" data-staff-id={s.staffId}>
              <span className="admin-row-main">
                <span className="admin-row-name">{s.name}</span>
                <span className="admin-row-meta">
                  {t(`staff.role.${s.role}`)} · {s.active ? t('admin.staff.active') : t('admin.staff.inactive')}
                </span>
              </span>
              {s.active && (
                <>
                  <button type="button" className="button" data-testid="admin-staff-pin" onClick={() => setPinFor(s)}>
                    {t('admin.staff.changePin')}
                  </button>
                  <button type="button" className="button button-danger" data-testid="admin-staff-deactivate" onClick={() => setLeaving(s)}>
                    {t('admin.staff.deactivate')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <AddStaffForm />
      {pinFor && (
        <ModalDialog labelledBy="pin-change-title" onClose={() => setPinFor(null)} testId="admin-pin-dialog">
          <h2 id="pin-change-title" className="modal-title">
            {t('admin.staff.newPinFor', { name: pinFor.name })}
          </h2>
          <PinPad testId="admin-pin" label={t('admin.staff.pin')} submitLabel={t('admin.staff.changePin')} busy={busy} onSubmit={(pin) => void changePin(pin)} />
          <div className="modal-actions">
            <button type="button" className="button button-large" onClick={() => setPinFor(null)}>
              {t('shift.cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
      {leaving && (
        <ModalDialog labelledBy="leave-title" onClose={() => setLeaving(null)} testId="admin-deactivate-dialog">
          <h2 id="leave-title" className="modal-title">
            {t('admin.staff.deactivateWho', { name: leaving.name })}
          </h2>
          <p>{t('admin.staff.deactivateHint')}</p>
          <div className="modal-actions">
            <button type="button" className="button button-large" data-autofocus onClick={() => setLeaving(null)}>
              {t('shift.cancel')}
            </button>
            <button type="button" className="button button-danger button-large" data-testid="admin-deactivate-confirm" disabled={busy} onClick={() => void deactivate()}>
              {t('admin.staff.deactivate')}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}

function AddStaffForm() {
  const { t } = useTranslation();
  const { admin } = useStores();
  const busy = useStore(admin, (s) => s.busy);
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffView['role']>('server');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setError(t('admin.nameRequired'));
    if (!PIN_RE.test(pin)) return setError(t('admin.staff.pinRule'));
    setError(null);
    if (await admin.getState().addStaff(name.trim(), role, pin)) {
      setName('');
      setPin('');
      setRole('server');
    }
  };

  return (
    <section className="admin-pane" aria-labelledby="add-staff-title">
      <form className="admin-form" data-testid="add-staff-form" onSubmit={(e) => void submit(e)}>
        <h2 id="add-staff-title" className="pane-title">
          {t('admin.staff.add')}
        </h2>
        <label className="admin-field">
          <span className="field-label">{t('admin.name')}</span>
          <input className="text-input" data-testid="staff-new-name" maxLength={80} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <fieldset className="admin-fieldset">
          <legend className="field-label">{t('admin.staff.role')}</legend>
          <div className="check-tiles">
            {(['server', 'manager'] as const).map((r) => (
              <label key={r} className="check-tile">
                <input type="radio" name="staff-role" value={r} data-testid={`staff-new-role-${r}`} checked={role === r} onChange={() => setRole(r)} />
                <span>{t(`staff.role.${r}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="admin-field">
          <span className="field-label">{t('admin.staff.pin')}</span>
          <input
            className="text-input"
            data-testid="staff-new-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
        </label>
        <p className="hint">{t('admin.staff.pinRule')}</p>
        {error && (
          <p className="field-error" role="alert" data-testid="staff-new-error">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary button-large" data-testid="staff-new-submit" disabled={busy}>
          {t('admin.staff.add')}
        </button>
      </form>
    </section>
  );
}
