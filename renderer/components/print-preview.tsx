import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

interface Props {
  /** Same-origin URL of the printable page (`docket serve` answers it with its own strict CSP). */
  url: string;
  title: string;
  /** Test ids are `<prefix>-preview`, `<prefix>-frame`, `<prefix>-print` and `<prefix>-preview-close`. */
  testPrefix: string;
  onClose(): void;
}

/**
 * The browser's print preview of a printable page (a receipt, a kitchen
 * ticket): the page in a frame and a Print button that prints just that
 * frame. Inside Electron documents go straight to the system printer instead.
 */
export function PrintPreview({ url, title, testPrefix, onClose }: Props) {
  const testId = `${testPrefix}-preview`;
  const { t } = useTranslation();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  return (
    <ModalDialog labelledBy={`${testId}-title`} onClose={onClose} testId={testId} className="modal-receipt">
      <h2 id={`${testId}-title`} className="modal-title">
        {title}
      </h2>
      <iframe ref={frameRef} className="receipt-frame" data-testid={`${testPrefix}-frame`} title={title} src={url} onLoad={() => setLoaded(url)} />
      <div className="modal-actions">
        <button type="button" className="button button-large" data-testid={`${testId}-close`} onClick={onClose}>
          {t('pay.closePreview')}
        </button>
        <button
          type="button"
          className="button button-primary button-large"
          data-testid={`${testPrefix}-print`}
          data-autofocus
          disabled={loaded !== url}
          onClick={() => frameRef.current?.contentWindow?.print()}
        >
          {t('pay.print')}
        </button>
      </div>
    </ModalDialog>
  );
}
