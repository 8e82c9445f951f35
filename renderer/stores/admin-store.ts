import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { Command, CommandBody } from '../../shared/contract/commands';
import type { RestaurantView } from '../../shared/contract/restaurant-commands';
import type { StaffView } from '../../shared/contract/staff-views';
import type { MenuView } from '../../shared/contract/views';
import { newId } from '../client/new-id';
import type { StatusStore } from './status-store';


/** A menu item as the admin form fills it in: the menu view's item before it has an id. */
export type NewItem = Omit<MenuView['items'][number], 'itemId' | 'available'>;

export type ModifierGroupInput = Omit<MenuView['modifierGroups'][number], 'groupId'> & { groupId?: string };

export interface AdminState {
  /** The whole roster, inactive members included: admin must see who left. */
  staff: StaffView[];
  busy: boolean;
  loadStaff(): Promise<void>;
  /** Any admin command: true when the till recorded it; a refusal goes to the status toast. */
  send(body: CommandBody): Promise<boolean>;
  addCategory(name: string): Promise<boolean>;
  addItem(item: NewItem): Promise<boolean>;
  changePrice(itemId: string, price: number): Promise<boolean>;
  setAvailable(itemId: string, available: boolean): Promise<boolean>;
  setItemModifierGroups(itemId: string, modifierGroupIds: string[]): Promise<boolean>;
  /** Defines a tax category, or redefines one when given its id. */
  defineTaxCategory(name: string, rate: number, taxCategoryId?: string): Promise<boolean>;
  defineModifierGroup(group: ModifierGroupInput): Promise<boolean>;
  setPricingPolicy(taxMode: 'inclusive' | 'exclusive', discountApprovalAbove: number): Promise<boolean>;
  addStaff(name: string, role: StaffView['role'], pin: string): Promise<boolean>;
  changePin(staffId: string, pin: string): Promise<boolean>;
  deactivate(staffId: string): Promise<boolean>;
  setRestaurant(details: RestaurantView): Promise<boolean>;
}

/**
 * Managers' changes to the menu, the roster and the restaurant. The menu and
 * the restaurant are read by their own stores (pushes keep them fresh); this
 * one only sends, plus the full roster that sign-in does not need.
 */
export const createAdminStore = (api: DocketApi, status: StatusStore) =>
  createStore<AdminState>()((set, get) => {
    let seq = 0;
    const one = (body: CommandBody) => get().send(body);
    return {
      staff: [],
      busy: false,
      async loadStaff() {
        const mine = ++seq;
        const r = await api.query({ type: 'ListStaff', includeInactive: true });
        if (mine !== seq) return;
        if (!r.ok) return status.getState().error(r.error);
        set({ staff: r.value });
      },
      async send(body) {
        set({ busy: true });
        try {
          const r = await api.command({ ...body, commandId: newId() } as Command);
          if (!r.ok) status.getState().error(r.error);
          return r.ok;
        } finally {
          set({ busy: false });
        }
      },
      addCategory: (name) => one({ type: 'AddCategory', categoryId: newId(), name }),
      addItem: (item) =>
        one({
          type: 'AddMenuItem',
          itemId: newId(),
          categoryId: item.categoryId,
          name: item.name,
          price: item.price,
          station: item.station,
          modifierGroupIds: item.modifierGroupIds,
          ...(item.taxCategoryId ? { taxCategoryId: item.taxCategoryId } : {}),
        }),
      changePrice: (itemId, price) => one({ type: 'ChangeItemPrice', itemId, price }),
      setAvailable: (itemId, available) => one({ type: 'SetItemAvailability', itemId, available }),
      setItemModifierGroups: (itemId, modifierGroupIds) => one({ type: 'SetItemModifierGroups', itemId, modifierGroupIds }),
      defineTaxCategory: (name, rate, taxCategoryId) => one({ type: 'DefineTaxCategory', taxCategoryId: taxCategoryId ?? newId(), name, rate }),
      defineModifierGroup: (g) => one({ type: 'DefineModifierGroup', groupId: g.groupId ?? newId(), name: g.name, min: g.min, max: g.max, options: g.options }),
      setPricingPolicy: (taxMode, discountApprovalAbove) => one({ type: 'SetPricingPolicy', taxMode, discountApprovalAbove }),
      async addStaff(name, role, pin) {
        const ok = await one({ type: 'AddStaff', staffId: newId(), name, role, pin });
        if (ok) await get().loadStaff();
        return ok;
      },
      changePin: (staffId, pin) => one({ type: 'ChangeStaffPin', staffId, pin }),
      async deactivate(staffId) {
        const ok = await one({ type: 'DeactivateStaff', staffId });
        if (ok) await get().loadStaff();
        return ok;
      },
      setRestaurant: (d) => one({ type: 'SetRestaurantDetails', name: d.name, address: d.address, phone: d.phone, taxId: d.taxId, locale: d.locale, footer: d.footer, timeZone: d.timeZone, dayCutoffMinutes: d.dayCutoffMinutes }),
    };
  });

export type AdminStore = ReturnType<typeof createAdminStore>;
