import { CategoryBar } from '../components/category-bar';
import { NewOrderForm } from '../components/new-order-form';
import { OpenOrders } from '../components/open-orders';
import { OrderLineOptions } from '../components/order-line-options';
import { OrderMenuGrid } from '../components/order-menu-grid';
import { OrderTicket } from '../components/order-ticket';
import { ReceiptPreview } from '../components/payment-receipt-preview';

/**
 * Taking an order, three columns at a glance: the open orders (and a counter
 * order), the menu with where the next item goes, and the ticket being built.
 */
export function OrderScreen() {
  return (
    <div className="order-screen">
      <aside className="order-side">
        <NewOrderForm />
        <OpenOrders />
      </aside>
      <section className="menu-pane" data-testid="menu">
        <CategoryBar />
        <OrderLineOptions />
        <OrderMenuGrid />
      </section>
      <OrderTicket />
      <ReceiptPreview />
    </div>
  );
}
