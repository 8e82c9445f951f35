import { useState } from 'react';
import { useStores } from '../app/stores-context';

/**
 * What a dialog does with its submit: one action at a time (busy), the dialog
 * closes when the till took it, and a refusal is shown in the dialog (error)
 * rather than in the status toast, which would sit stale under the backdrop.
 * `setError` is for the dialog's own checks before it asks the till.
 */
export function useDialogAction(onClose: () => void) {
  const { status } = useStores();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs `action` (resolving true when the till took it) unless one is already running. */
  const run = async (action: () => Promise<boolean>): Promise<void> => {
    if (busy) return;
    setError(null);
    setBusy(true);
    const ok = await action();
    setBusy(false);
    if (ok) return onClose();
    setError(status.getState().message);
    status.getState().clear();
  };
  return { busy, error, setError, run };
}
