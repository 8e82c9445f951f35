import { ClosedOrderDetail } from '../components/closed-order-detail';
import { ClosedOrders } from '../components/closed-orders';

/** Looking back: recent closed orders, and for one of them, what happened and when. */
export function HistoryScreen({ onOpenOrder }: { onOpenOrder?: () => void }) {
  return (
    <div className="history">
      <ClosedOrders />
      <ClosedOrderDetail {...(onOpenOrder ? { onReopened: onOpenOrder } : {})} />
    </div>
  );
}
