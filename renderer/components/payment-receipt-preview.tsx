import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { PrintPreview } from './print-preview';

/** Where `docket serve` answers a receipt as its own printable page (electron/cli/serve/printable-route.ts). */
export const receiptUrl = (orderId: string): string => `/receipt/${encodeURIComponent(orderId)}`;

/** The browser's print preview of the receipt just printed; inside Electron it goes straight to the system printer. */
export function ReceiptPreview() {
  const { t } = useTranslation();
  const payment = useStores().payment;
  const orderId = useStore(payment, (s) => s.preview);
  if (!orderId) return null;
  return <PrintPreview url={receiptUrl(orderId)} title={t('pay.receiptPreview')} testPrefix="receipt" onClose={() => payment.getState().closePreview()} />;
}
