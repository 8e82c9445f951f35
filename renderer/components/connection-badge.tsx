import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';

/** Staff must see at a glance when the till cannot be reached: nothing they tap is saved then. */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const connection = useStore(useStores().app, (s) => s.connection);
  return (
    <span className={`connection connection-${connection}`} role="status" data-testid="connection-status" data-status={connection}>
      {t(`app.connection.${connection}`)}
    </span>
  );
}
