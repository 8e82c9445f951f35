import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuView } from '../../shared/contract/views';
import { useFormat } from '../app/use-format';
import type { ChosenModifier } from '../stores/order-store';
import { ModalDialog } from './modal-dialog';

type Item = MenuView['items'][number];
type Group = MenuView['modifierGroups'][number];

interface Props {
  menu: MenuView;
  item: Item;
  note: string;
  onAdd: (modifiers: ChosenModifier[], note: string) => Promise<boolean>;
  onClose: () => void;
}

/** How many options of a group are asked for, in words ("choose 1", "up to 2", "2 to 3"). */
function ruleKey(g: Group): { key: string; min: number; max: number } {
  if (g.min === g.max) return { key: 'order.modifierExactly', min: g.min, max: g.max };
  if (g.min === 0) return { key: 'order.modifierUpTo', min: g.min, max: g.max };
  return { key: 'order.modifierBetween', min: g.min, max: g.max };
}

/**
 * Options for an item with modifier groups: each group's rule shown, a
 * single-choice group behaves like radio buttons, a group at its maximum
 * takes no more, and Add waits until every required group is answered.
 */
export function OrderModifierDialog({ menu, item, note: initialNote, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const groups = item.modifierGroupIds.map((id) => menu.modifierGroups.find((g) => g.groupId === id)).filter((g): g is Group => !!g);
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [note, setNote] = useState(initialNote);
  const [busy, setBusy] = useState(false);

  const pick = (g: Group, optionId: string) => {
    const now = chosen[g.groupId] ?? [];
    let next: string[];
    if (now.includes(optionId)) next = now.filter((id) => id !== optionId);
    else if (g.max === 1) next = [optionId];
    else if (now.length < g.max) next = [...now, optionId];
    else return;
    setChosen({ ...chosen, [g.groupId]: next });
  };

  const missing = groups.filter((g) => (chosen[g.groupId]?.length ?? 0) < g.min);
  const price =
    item.price + groups.reduce((s, g) => s + (chosen[g.groupId] ?? []).reduce((a, id) => a + (g.options.find((o) => o.optionId === id)?.priceDelta ?? 0), 0), 0);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy || missing.length > 0) return;
    setBusy(true);
    const modifiers = groups.map((g) => ({ groupId: g.groupId, optionIds: chosen[g.groupId] ?? [] })).filter((m) => m.optionIds.length > 0);
    const ok = await onAdd(modifiers, note);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <ModalDialog labelledBy="modifier-title" onClose={onClose} testId="modifier-dialog" className="modal-wide">
      <h2 id="modifier-title" className="modal-title">
        {item.name} · <span data-testid="modifier-price">{money(price, menu.currency)}</span>
      </h2>
      <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <div className="dialog-scroll">
          {groups.map((g, gi) => {
            const rule = ruleKey(g);
            const picked = chosen[g.groupId] ?? [];
            return (
              <fieldset key={g.groupId} className="modifier-group" data-testid="modifier-group" data-group={g.name}>
                <legend className="modifier-group-title">
                  {g.name}
                  <span className="modifier-rule">{t(rule.key, { min: rule.min, max: rule.max, count: rule.max })}</span>
                  {g.min > 0 && <span className="badge badge-required">{t('order.modifierRequired')}</span>}
                </legend>
                <div className="chip-row">
                  {g.options.map((o, oi) => {
                    const on = picked.includes(o.optionId);
                    return (
                      <button
                        key={o.optionId}
                        type="button"
                        className="button chip modifier-option"
                        data-testid="modifier-option"
                        data-autofocus={gi === 0 && oi === 0 ? '' : undefined}
                        aria-pressed={on}
                        disabled={!on && g.max > 1 && picked.length >= g.max}
                        onClick={() => pick(g, o.optionId)}
                      >
                        <span>{o.name}</span>
                        {o.priceDelta !== 0 && <span className="modifier-delta">{`${o.priceDelta > 0 ? '+' : ''}${money(o.priceDelta, menu.currency)}`}</span>}
                      </button>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
        </div>
        <label htmlFor="modifier-note" className="field-label">
          {t('order.note')}
        </label>
        <input
          id="modifier-note"
          className="text-input"
          data-testid="modifier-note"
          maxLength={200}
          autoComplete="off"
          value={note}
          placeholder={t('order.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
        />
        {missing.length > 0 && (
          <p className="hint" data-testid="modifier-missing">
            {t('order.modifierMissing', { groups: missing.map((g) => g.name).join(', ') })}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button button-large" onClick={onClose}>
            {t('order.cancel')}
          </button>
          <button type="submit" className="button button-primary button-large" data-testid="modifier-add" disabled={busy || missing.length > 0}>
            {t('order.modifierAdd')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
