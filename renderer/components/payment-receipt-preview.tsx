import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { ModalDialog } from './modal-dialog';

/** Where `docket serve` answers a receipt as its own printable page (electron/cli/serve/receipt-route.ts). */
export const receiptUrl = (orderId: string): string => `/receipt/${encodeURIComponent(orderId)}`;

/**
 * The browser's print preview of a receipt: the receipt page in a frame
 * (same origin, its own strict CSP) and a Print button that prints just that
 * frame. Inside Electron the receipt goes straight to the system printer instead.
 */
export function ReceiptPreview() {
  const { t } = useTranslation();
  const payment = useStores().payment;
  const orderId = useStore(payment, (s) => s.preview);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  if (!orderId) return null;

  const close = () => payment.getState().closePreview();
  return (
    <ModalDialog labelledBy="receipt-preview-title" onClose={close} testId="receipt-preview" className="modal-receipt">
      <h2 id="receipt-preview-title" className="modal-title">
        {t('pay.receiptPreview')}
      </h2>
      <iframe
        ref={frameRef}
        className="receipt-frame"
        data-testid="receipt-frame"
        title={t('pay.receiptPreview')}
        src={receiptUrl(orderId)}
        onLoad={() => setLoaded(orderId)}
      />
      <div className="modal-actions">
        <button type="button" className="button button-large" data-testid="receipt-preview-close" onClick={close}>
          {t('pay.closePreview')}
        </button>
        <button
          type="button"
          className="button button-primary button-large"
          data-testid="receipt-print"
          data-autofocus
          disabled={loaded !== orderId}
          onClick={() => frameRef.current?.contentWindow?.print()}
        >
          {t('pay.print')}
        </button>
      </div>
    </ModalDialog>
  );
}
