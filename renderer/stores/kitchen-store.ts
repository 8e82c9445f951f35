import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { KitchenTicketView } from '../../shared/contract/views';
import { newId } from '../client/new-id';
import type { ReceiptPrinter } from '../client/receipt-printer';
import type { StatusStore } from './status-store';

/** 'all', or one station's name ('kitchen', 'bar', …). */
export type StationFilter = string;
export const ALL_STATIONS = 'all';
/** How many tickets the screen shows: the newest ones, oldest first. */
export const KITCHEN_TICKET_LIMIT = 100;

export interface KitchenState {
  station: StationFilter;
  tickets: KitchenTicketView[];
  loaded: boolean;
  /** True while the kitchen screen is on show: only then do pushes re-read the tickets. */
  active: boolean;
  setActive(active: boolean): void;
  setStation(station: StationFilter): Promise<void>;
  load(): Promise<void>;
  /** The ticket shown in the browser's print preview. */
  preview: string | null;
  /** Records the print, then prints (Electron) or shows the preview (browser). */
  print(ticket: KitchenTicketView): Promise<boolean>;
  closePreview(): void;
}

export const createKitchenStore = (api: DocketApi, status: StatusStore, printer: ReceiptPrinter | null = null) =>
  createStore<KitchenState>()((set, get) => {
    let seq = 0;
    return {
      station: ALL_STATIONS,
      tickets: [],
      loaded: false,
      active: false,
      preview: null,
      setActive(active) {
        set({ active });
        if (active) void get().load();
      },
      async setStation(station) {
        set({ station, tickets: [], loaded: false });
        await get().load();
      },
      async load() {
        const mine = ++seq;
        const station = get().station;
        const r = await api.query({
          type: 'ListKitchenTickets',
          limit: KITCHEN_TICKET_LIMIT,
          ...(station === ALL_STATIONS ? {} : { station }),
        });
        if (mine !== seq) return;
        if (!r.ok) return status.getState().error(r.error);
        set({ tickets: r.value, loaded: true });
      },
      async print(ticket) {
        const r = await api.command({ type: 'PrintKitchenTicket', commandId: newId(), orderId: ticket.orderId, ticketId: ticket.ticketId });
        if (!r.ok) {
          status.getState().error(r.error);
          return false;
        }
        await get().load();
        if (!printer) {
          set({ preview: ticket.ticketId });
          return true;
        }
        const printed = await printer.printKitchenTicket(ticket.ticketId);
        if (!printed.ok) status.getState().error(printed.error);
        return printed.ok;
      },
      closePreview: () => set({ preview: null }),
    };
  });

export type KitchenStore = ReturnType<typeof createKitchenStore>;
