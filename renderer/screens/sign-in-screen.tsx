import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { PinPad } from '../components/pin-pad';

/** Who is at the till: tap your name, then your PIN. The till checks the PIN; nothing here knows it. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { session } = useStores();
  const staff = useStore(session, (s) => s.staff);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selected = staff.find((s) => s.staffId === selectedId) ?? null;

  const choose = (staffId: string | null) => {
    setSelectedId(staffId);
    setError(null);
  };

  const signIn = async (pin: string) => {
    if (!selected) return;
    setBusy(true);
    const refusal = await session.getState().signIn(selected.staffId, pin);
    setBusy(false);
    setError(refusal);
  };

  return (
    <section className="sign-in" data-testid="sign-in" aria-labelledby="sign-in-title">
      {selected === null ? (
        <>
          <h2 id="sign-in-title" className="pane-title">
            {t('signIn.title')}
          </h2>
          {staff.length === 0 && <p className="hint">{t('signIn.noStaff')}</p>}
          <ul className="staff-tiles">
            {staff.map((s) => (
              <li key={s.staffId}>
                <button type="button" className="staff-tile" data-testid="staff-tile" onClick={() => choose(s.staffId)}>
                  <span className="staff-tile-name">{s.name}</span>
                  <span className="staff-tile-role">{t(`staff.role.${s.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="sign-in-pin">
          <h2 id="sign-in-title" className="pane-title" data-testid="sign-in-name">
            {selected.name}
          </h2>
          <PinPad
            label={t('signIn.pinFor', { name: selected.name })}
            submitLabel={t('signIn.submit')}
            busy={busy}
            error={error}
            onSubmit={(pin) => void signIn(pin)}
          />
          <button type="button" className="button button-large" data-testid="sign-in-back" onClick={() => choose(null)}>
            {t('signIn.back')}
          </button>
        </div>
      )}
    </section>
  );
}
