import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { onArrowKeys } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';
import { PrintPreview } from '../components/print-preview';
import { KitchenTicketCard } from '../components/kitchen-ticket-card';
import { ALL_STATIONS } from '../stores/kitchen-store';

/** The stations the menu sends to, so the filter never offers an empty one (and 'kitchen' is always there). */
function useStations(): string[] {
  const menu = useStore(useStores().menu, (s) => s.menu);
  return [...new Set(['kitchen', ...(menu?.items.map((i) => i.station) ?? [])])].sort();
}

/** Kitchen tickets per station, oldest first with the newest at the bottom, as the pass works through them. */
export function KitchenScreen() {
  const { t } = useTranslation();
  const kitchen = useStores().kitchen;
  const tickets = useStore(kitchen, (s) => s.tickets);
  const loaded = useStore(kitchen, (s) => s.loaded);
  const station = useStore(kitchen, (s) => s.station);
  const preview = useStore(kitchen, (s) => s.preview);
  const stations = useStations();
  const listRef = useRef<HTMLDivElement>(null);
  const newest = tickets[tickets.length - 1]?.ticketId;

  useEffect(() => {
    // While shown, pushes re-read the tickets; away from the screen nothing is read for it.
    kitchen.getState().setActive(true);
    return () => kitchen.getState().setActive(false);
  }, [kitchen]);

  useEffect(() => {
    // A new ticket arrives at the bottom: keep it in view.
    const list = listRef.current;
    if (list && newest) list.scrollTop = list.scrollHeight;
  }, [newest]);

  return (
    <div className="kitchen" data-testid="kitchen">
      <header className="kitchen-toolbar">
        <h2 className="pane-title">{t('kitchen.title')}</h2>
        <div className="category-bar" role="group" aria-label={t('kitchen.stationFilter')} onKeyDown={onArrowKeys}>
          {[ALL_STATIONS, ...stations].map((s) => (
            <button
              key={s}
              type="button"
              className="category"
              data-testid="kitchen-station"
              data-station={s}
              aria-pressed={station === s}
              onClick={() => void kitchen.getState().setStation(s)}
            >
              {s === ALL_STATIONS ? t('kitchen.allStations') : t(`kitchen.stations.${s}`, { defaultValue: s })}
            </button>
          ))}
        </div>
      </header>
      <div className="kitchen-list" ref={listRef} data-testid="kitchen-list">
        {loaded && tickets.length === 0 && <p className="hint">{t('kitchen.none')}</p>}
        {tickets.map((ticket) => (
          <KitchenTicketCard key={ticket.ticketId} ticket={ticket} onPrint={(x) => void kitchen.getState().print(x)} />
        ))}
      </div>
      {preview && (
        <PrintPreview
          url={`/kitchen-ticket/${encodeURIComponent(preview)}`}
          title={t('kitchen.ticketPreview')}
          testPrefix="kitchen-ticket"
          onClose={() => kitchen.getState().closePreview()}
        />
      )}
    </div>
  );
}
