import { ClosedOrderDetail } from '../components/closed-order-detail';
import { ClosedOrders } from '../components/closed-orders';

/** Looking back: recent closed orders, and for one of them, what happened and when. */
export function ClosedOrdersScreen({ onOpenOrder }: { onOpenOrder?: () => void }) {
  return (
    <div className="history closed-orders-screen">
      <ClosedOrders />
      <ClosedOrderDetail {...(onOpenOrder ? { onReopened: onOpenOrder } : {})} />
    </div>
  );
}
