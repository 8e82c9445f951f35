import { CategoryBar } from '../components/category-bar';
import { MenuGrid } from '../components/menu-grid';
import { OpenOrders } from '../components/open-orders';
import { Ticket } from '../components/ticket';

/** Three columns at a glance: open orders, the menu, the ticket being built. */
export function TillScreen() {
  return (
    <div className="till">
      <OpenOrders />
      <section className="menu-pane" data-testid="menu">
        <CategoryBar />
        <MenuGrid />
      </section>
      <Ticket />
    </div>
  );
}
