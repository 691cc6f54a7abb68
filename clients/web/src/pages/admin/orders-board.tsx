// /admin/orders: the orders board, new orders arriving live, each card with its next-status buttons.
import { useEffect, useState } from 'react';
import {
  call,
  ListOrdersDocument,
  OnOrderPlacedDocument,
  UpdateOrderStatusDocument,
  watch,
  type OrderDetailFragment,
} from '../../../../index.ts';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

function OrderCard({ order, onChange }: { order: OrderDetailFragment; onChange(order: OrderDetailFragment): void }) {
  const [error, setError] = useState<unknown>();
  const move = async (status: OrderDetailFragment['status']) => {
    setError(undefined);
    try {
      onChange((await call(UpdateOrderStatusDocument, { id: order.id, status })).updateOrderStatus);
    } catch (thrown) {
      setError(thrown);
    }
  };
  return (
    <li className="order" data-order-id={order.id} aria-label={`Order ${order.id}`}>
      <h3>Order {order.id}</h3>
      <p>
        <span data-testid={`status-${order.id}`}>{order.status}</span> — <Price money={order.total} /> —{' '}
        {order.lines.map((l) => `${l.quantity} × ${l.sku}`).join(', ')}
      </p>
      {order.nextStatuses.map((status) => (
        <button key={status} type="button" onClick={() => void move(status)}>
          {/* the order's id is read to screen readers, not shown: the card's heading already shows it */}
          Mark <span className="visually-hidden">{order.id} </span>as {status}
        </button>
      ))}
      <ErrorMessage error={error} />
    </li>
  );
}

export function OrdersBoard() {
  const [orders, setOrders] = useState<OrderDetailFragment[]>([]);
  const list = useLoad(() => call(ListOrdersDocument, { limit: 50 }).then((d) => d.listOrders.items), []);
  useEffect(() => {
    if (list.data) setOrders(list.data);
  }, [list.data]);
  useEffect(() => {
    // New orders appear live (AppSync real-time, admins only).
    const subscription = watch(
      OnOrderPlacedDocument,
      {},
      {
        next: (d) => {
          const placed = d.onOrderPlaced;
          if (placed) setOrders((all) => [placed, ...all.filter((o) => o.id !== placed.id)]);
        },
      },
    );
    return () => subscription.unsubscribe();
  }, []);
  const replace = (next: OrderDetailFragment) => setOrders((all) => all.map((o) => (o.id === next.id ? next : o)));
  return (
    <>
      <h1>Orders</h1>
      <ErrorMessage error={list.error} />
      {list.loading ? <Loading /> : null}
      <ul className="board" aria-live="polite">
        {orders.map((o) => (
          <OrderCard key={o.id} order={o} onChange={replace} />
        ))}
      </ul>
    </>
  );
}
