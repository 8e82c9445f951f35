import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const MIN_DIGITS = 4;
const MAX_DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface Props {
  /** The field's label ("PIN for Ben"). */
  label: string;
  submitLabel: string;
  onSubmit: (pin: string) => void;
  busy?: boolean;
  /** The till's refusal of the last PIN, shown under the field. */
  error?: string | null;
  testId?: string;
}

/**
 * A PIN entry for touch and keyboard alike: big keys to tap, and a masked
 * field that keeps focus, so digits typed on a keyboard go in and Enter
 * submits. The PIN lives only in this component's state until it is sent.
 */
export function PinPad({ label, submitLabel, onSubmit, busy = false, error = null, testId = 'pin-pad' }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const change = (next: string) => {
    setPin(next.replace(/\D/g, '').slice(0, MAX_DIGITS));
    // Taps on the keys move focus to them: bring it back, so typing carries on.
    inputRef.current?.focus();
  };

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (busy || pin.length < MIN_DIGITS) return;
    const entered = pin;
    setPin('');
    onSubmit(entered);
    inputRef.current?.focus();
  };

  return (
    <form className="pin-pad" data-testid={testId} onSubmit={submit}>
      <label htmlFor={`${testId}-input`} className="pin-label">
        {label}
      </label>
      <input
        id={`${testId}-input`}
        ref={inputRef}
        className="text-input pin-input"
        data-testid="pin-input"
        data-autofocus
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={MAX_DIGITS}
        value={pin}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${testId}-error` : undefined}
        onChange={(e) => change(e.target.value)}
      />
      {error && (
        <p id={`${testId}-error`} className="field-error" role="alert" data-testid="pin-error">
          {error}
        </p>
      )}
      <div className="pin-keys" role="group" aria-label={t('pin.keys')}>
        {KEYS.map((d) => (
          <button key={d} type="button" className="button pin-key" data-testid={`pin-key-${d}`} onClick={() => change(pin + d)}>
            {d}
          </button>
        ))}
        <button type="button" className="button pin-key" data-testid="pin-clear" onClick={() => change('')}>
          {t('pin.clear')}
        </button>
        <button type="button" className="button pin-key" data-testid="pin-key-0" onClick={() => change(`${pin}0`)}>
          0
        </button>
        <button type="button" className="button pin-key" data-testid="pin-back" aria-label={t('pin.back')} onClick={() => change(pin.slice(0, -1))}>
          ⌫
        </button>
      </div>
      <button type="submit" className="button button-primary button-large" data-testid="pin-submit" disabled={busy || pin.length < MIN_DIGITS}>
        {submitLabel}
      </button>
    </form>
  );
}
