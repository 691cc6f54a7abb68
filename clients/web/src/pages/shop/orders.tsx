// /shop/orders: the customer's orders, each order's status kept live over AppSync real-time.
import { useEffect, useState } from 'react';
import {
  call,
  MyOrdersDocument,
  OnMyOrderStatusChangedDocument,
  watch,
  type OrderSummaryFragment,
} from '../../../../index.ts';
import { useSession } from '../../session.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

export function Orders() {
  const { session } = useSession();
  const orders = useLoad(
    () => (session ? call(MyOrdersDocument, { limit: 20 }).then((d) => d.myOrders.items) : Promise.resolve([])),
    [session],
  );
  const [live, setLive] = useState<Record<string, OrderSummaryFragment>>({});
  useEffect(() => {
    if (!session) return;
    // Live status of every order of mine (AppSync real-time; id omitted = all my orders).
    const subscription = watch(
      OnMyOrderStatusChangedDocument,
      {},
      {
        next: (d) =>
          d.onOrderStatusChanged && setLive((m) => ({ ...m, [d.onOrderStatusChanged!.id]: d.onOrderStatusChanged! })),
      },
    );
    return () => subscription.unsubscribe();
  }, [session]);
  if (!session) return <ErrorMessage error={new Error('Please sign in to see your orders.')} />;
  return (
    <>
      <h1>My orders</h1>
      <ErrorMessage error={orders.error} />
      {orders.loading ? <Loading /> : null}
      <ul className="orders" aria-live="polite">
        {orders.data?.map((o) => {
          const order = live[o.id] ?? o;
          return (
            <li key={o.id} data-order-id={o.id}>
              Order {o.id} — <Price money={order.total} /> —{' '}
              <span className="status" data-testid={`status-${o.id}`}>
                {order.status}
              </span>
            </li>
          );
        })}
      </ul>
      {orders.data?.length === 0 ? <p>No orders yet.</p> : null}
    </>
  );
}
