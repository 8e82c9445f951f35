import { ClosedOrderDetail } from '../components/closed-order-detail';
import { ClosedOrders } from '../components/closed-orders';

/** Looking back: recent closed orders, and for one of them, what happened and when. */
export function HistoryScreen() {
  return (
    <div className="history">
      <ClosedOrders />
      <ClosedOrderDetail />
    </div>
  );
}
