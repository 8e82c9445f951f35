import { createStore } from 'zustand/vanilla';
import type { Push } from '../../shared/contract/pushes';
import { orderStream } from '../../shared/domain/order/order-events';
import type { ConnectedApi, ConnectionStatus } from '../client/bridge-client';
import { receiptPrinter } from '../client/receipt-printer';
import { createAdminStore } from './admin-store';
import { createApprovalStore, withApproval } from './approval-store';
import { createFloorStore } from './floor-store';
import { createClosedOrderStore } from './closed-order-store';
import { createKitchenStore } from './kitchen-store';
import { createLocaleStore } from './locale-store';
import { createMenuStore } from './menu-store';
import { createOrderStore } from './order-store';
import { createOrdersStore } from './orders-store';
import { createPaymentStore } from './payment-store';
import { createSessionStore, type SessionState } from './session-store';
import { createShiftStore } from './shift-store';
import { createStatusStore } from './status-store';

export interface AppState {
  connection: ConnectionStatus;
  terminal: string | null;
}

/** Every store of the till screen, built around one API so tests can hand in a fake. */
export function createTillStores(connected: ConnectedApi) {
  const status = createStatusStore();
  // Every store sends through this one: a command the till answers with ApprovalRequired asks for a manager's PIN.
  const approval = createApprovalStore();
  const api = withApproval(connected, approval);
  const session = createSessionStore(api, status);
  const app = createStore<AppState>()(() => ({ connection: api.status(), terminal: null }));
  const menu = createMenuStore(api, status);
  const order = createOrderStore(api, status);
  const orders = createOrdersStore(api, status);
  const closedOrder = createClosedOrderStore(api, status);
  const floor = createFloorStore(api, status);
  const printer = receiptPrinter();
  const kitchen = createKitchenStore(api, status, printer);
  const payment = createPaymentStore(api, status, order, printer);
  const shift = createShiftStore(api, status);
  const locale = createLocaleStore(api, status);
  const admin = createAdminStore(api, status);

  async function loadAll(): Promise<void> {
    const info = await api.query({ type: 'GetTillInfo' });
    if (info.ok) app.setState({ terminal: info.value.terminal });
    await Promise.all([session.getState().load(), menu.getState().load(), orders.getState().refresh(), order.getState().refresh(), closedOrder.getState().refresh(), floor.getState().load(), shift.getState().load(), locale.getState().load()]);
  }

  /** Pushes name the streams that changed; only the views showing them are read again. */
  function onPush(push: Push): void {
    if (push.type !== 'ViewsChanged') return;
    const streams = new Set(push.streams);
    if (streams.has('staff') || push.streams.some((s) => s.startsWith('terminal-'))) void session.getState().load();
    if (streams.has('menu')) void menu.getState().load();
    if (streams.has('restaurant')) void locale.getState().load();
    // The full roster is read only while admin shows it (loaded on entry).
    if (streams.has('staff') && admin.getState().staff.length > 0) void admin.getState().loadStaff();
    shift.getState().onStreams(push.streams);
    const orderChanged = push.streams.some((s) => s.startsWith('order-'));
    if (orderChanged) void orders.getState().refresh();
    // The floor shows each table's orders; the kitchen screen every order's tickets (read only while on show).
    if (orderChanged || streams.has('floor')) void floor.getState().load();
    if (orderChanged && kitchen.getState().active) void kitchen.getState().load();
    const current = order.getState().orderId;
    if (current && streams.has(orderStream(current))) void order.getState().refresh();
    const selected = closedOrder.getState().selectedId;
    if (selected && streams.has(orderStream(selected))) void closedOrder.getState().refresh();
  }

  /** A new person at the till starts from an empty ticket, not from the last one's order. */
  function onSessionChange(next: SessionState, prev: SessionState): void {
    const who = next.session?.staff?.staffId ?? null;
    if (prev.loaded && who !== (prev.session?.staff?.staffId ?? null)) {
      order.getState().clear();
      payment.getState().reset();
    }
  }

  function start(): () => void {
    const offPush = api.onPush(onPush);
    const offSession = session.subscribe(onSessionChange);
    const offStatus = api.onStatus((connection) => {
      app.setState({ connection });
      // Pushes sent while the socket was down are lost: read everything again.
      if (connection === 'open') void loadAll();
    });
    // Until the socket opens, the 'open' status above does the first load.
    app.setState({ connection: api.status() });
    if (api.status() === 'open') void loadAll();
    return () => {
      offPush();
      offStatus();
      offSession();
    };
  }

  return { api, app, status, session, approval, menu, order, orders, closedOrder, floor, kitchen, payment, shift, locale, admin, start };
}

export type TillStores = ReturnType<typeof createTillStores>;
