import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { FloorTableView } from '../../shared/contract/floor-views';
import { newId } from '../client/new-id';
import type { StatusStore } from './status-store';

export interface FloorArea {
  area: string;
  tables: FloorTableView[];
}

export interface FloorState {
  tables: FloorTableView[];
  loaded: boolean;
  load(): Promise<void>;
  /** Managers only (the till refuses anyone else). */
  addTable(name: string, seats: number, area: string): Promise<boolean>;
}

/** Tables grouped by area, in the floor plan's own order (the query sorts by area, then position). */
export function byArea(tables: readonly FloorTableView[]): FloorArea[] {
  const areas: FloorArea[] = [];
  for (const t of tables) {
    const last = areas[areas.length - 1];
    if (last && last.area === t.area) last.tables.push(t);
    else areas.push({ area: t.area, tables: [t] });
  }
  return areas;
}

/** The floor plan with each table's open orders: free, occupied or waiting to pay. */
export const createFloorStore = (api: DocketApi, status: StatusStore) =>
  createStore<FloorState>()((set, get) => {
    let seq = 0;
    return {
      tables: [],
      loaded: false,
      async load() {
        const mine = ++seq;
        const r = await api.query({ type: 'GetFloor' });
        if (mine !== seq) return;
        if (!r.ok) return status.getState().error(r.error);
        set({ tables: r.value, loaded: true });
      },
      async addTable(name, seats, area) {
        const r = await api.command({
          type: 'AddTable',
          commandId: newId(),
          tableId: newId(),
          name: name.trim(),
          seats,
          ...(area.trim() ? { area: area.trim() } : {}),
        });
        if (!r.ok) status.getState().error(r.error);
        else await get().load();
        return r.ok;
      },
    };
  });

export type FloorStore = ReturnType<typeof createFloorStore>;
