import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';

const MAX_PARTS = 20;

interface Props {
  order: OrderView;
  onDone: () => void;
}

/** Each line into a part by tapping the part's number; every part needs a line before the split applies. */
export function PaymentSplitLines({ order, onDone }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const payment = useStores().payment;
  const lines = order.lines.filter((l) => l.status !== 'voided');
  const [parts, setParts] = useState(2);
  const [partOf, setPartOf] = useState<Record<string, number>>(() => Object.fromEntries(lines.map((l) => [l.lineId, 1])));

  const groups = Array.from({ length: parts }, (_, i) => lines.filter((l) => (partOf[l.lineId] ?? 1) === i + 1).map((l) => l.lineId));
  const complete = groups.every((g) => g.length > 0);

  const apply = async () => {
    if (complete && (await payment.getState().splitLines(groups))) onDone();
  };

  return (
    <div className="split-lines" data-testid="split-lines">
      <ul className="split-line-list">
        {lines.map((l) => (
          <li key={l.lineId} className="split-line" data-testid="split-line" data-line-id={l.lineId}>
            <span className="split-line-name">
              {l.name} · {money(l.total, order.currency)}
            </span>
            <span className="chip-row" role="group" aria-label={t('pay.splitLinePart', { name: l.name })}>
              {Array.from({ length: parts }, (_, i) => i + 1).map((p) => (
                <button
                  key={p}
                  type="button"
                  className="button chip chip-square"
                  data-testid="split-line-part"
                  data-part={p}
                  aria-pressed={(partOf[l.lineId] ?? 1) === p}
                  aria-label={t('pay.partLines', { part: p })}
                  onClick={() => setPartOf({ ...partOf, [l.lineId]: p })}
                >
                  {p}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <div className="ticket-actions">
        <button type="button" className="button" data-testid="split-lines-add-part" disabled={parts >= Math.min(MAX_PARTS, lines.length)} onClick={() => setParts(parts + 1)}>
          {t('pay.splitAddPart')}
        </button>
        <button type="button" className="button button-primary" data-testid="split-lines-apply" disabled={!complete} onClick={() => void apply()}>
          {t('pay.splitApply')}
        </button>
      </div>
      {!complete && <p className="hint">{t('pay.splitEveryPart')}</p>}
    </div>
  );
}
