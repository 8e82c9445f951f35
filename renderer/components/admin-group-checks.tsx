import { useTranslation } from 'react-i18next';
import type { MenuView } from '../../shared/contract/views';

interface Props {
  groups: MenuView['modifierGroups'];
  checked: string[];
  onChange: (ids: string[]) => void;
  idPrefix: string;
}

/** Modifier groups as big check tiles (the whole tile is the target, not a 13 px box). */
export function AdminGroupChecks({ groups, checked, onChange, idPrefix }: Props) {
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="hint">{t('admin.modifiers.none')}</p>;
  const toggle = (id: string, on: boolean) => onChange(on ? [...checked, id] : checked.filter((x) => x !== id));
  return (
    <div className="check-tiles">
      {groups.map((g) => (
        <label key={g.groupId} className="check-tile" htmlFor={`${idPrefix}-${g.groupId}`}>
          <input
            id={`${idPrefix}-${g.groupId}`}
            type="checkbox"
            data-testid="group-check"
            checked={checked.includes(g.groupId)}
            onChange={(e) => toggle(g.groupId, e.target.checked)}
          />
          <span>{g.name}</span>
        </label>
      ))}
    </div>
  );
}
