import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { ModalDialog } from './modal-dialog';
import { PinPad } from './pin-pad';

/**
 * The manager's PIN pad, shown whenever the till answers a command with
 * ApprovalRequired (see stores/approval-store.ts): whichever screen sent the
 * command, the approved command is sent again from the same place.
 */
export function ApprovalDialog() {
  const { t } = useTranslation();
  const { approval } = useStores();
  const request = useStore(approval, (s) => s.request);
  if (!request) return null;
  return (
    <ModalDialog labelledBy="approval-title" onClose={() => approval.getState().cancel()} testId="approval-dialog">
      <h2 id="approval-title" className="modal-title">
        {t('approval.title')}
      </h2>
      <p className="approval-reason" data-testid="approval-reason">
        {request.reason}
      </p>
      <PinPad
        key={request.attempt}
        testId="approval-pin"
        label={t('approval.pin')}
        submitLabel={t('approval.submit')}
        busy={request.busy}
        error={request.error}
        onSubmit={(pin) => approval.getState().submit(pin)}
      />
      <div className="modal-actions">
        <button type="button" className="button button-large" data-testid="approval-cancel" onClick={() => approval.getState().cancel()}>
          {t('approval.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
