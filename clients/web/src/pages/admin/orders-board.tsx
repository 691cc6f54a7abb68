// /admin/orders: the orders board, new orders arriving live, each card with its price part by part (shipping
// method, promotion code, tax), its next-status buttons, its payment and a refund (all of it, or the amount typed).
import { useEffect, useState, type FormEvent } from 'react';
import {
  call,
  ListOrdersDocument,
  OnOrderPlacedDocument,
  OrderDetailDocument,
  priceStep,
  RefundOrderDocument,
  toMinorUnits,
  UpdateOrderStatusDocument,
  watch,
  type OrderDetailFragment as Detail,
  type OrderPricingFragment,
} from '../../../../index.ts';
import { field } from '../../forms.ts';
import { PaymentStatus } from '../../payment-status.tsx';
import { OrderPricing } from '../../pricing.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

const REFUNDABLE = new Set(['PAID', 'PARTIALLY_REFUNDED']);

/** A live order arrives without its pricing (the events' publisher does not select it): read once it comes. */
type OrderDetailFragment = Detail & Partial<OrderPricingFragment>;

/** Typed in major units; an empty field gives back everything paid and not yet refunded. */
function RefundForm({ order, onChange }: { order: OrderDetailFragment; onChange(order: OrderDetailFragment): void }) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const payment = order.payment;
  if (!payment || !REFUNDABLE.has(payment.status)) return null;
  const currency = payment.amount.currency;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = field(new FormData(event.currentTarget), 'amount');
    setBusy(true);
    setError(undefined);
    try {
      const amount = typed ? toMinorUnits(typed, currency) : null;
      onChange((await call(RefundOrderDocument, { id: order.id, amount })).refundOrder);
    } catch (thrown) {
      setError(thrown);
    } finally {
      setBusy(false);
    }
  };
  const id = `refund-${order.id}`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label={`Refund order ${order.id}`}>
      <label htmlFor={id}>
        Refund amount<span className="visually-hidden"> for order {order.id}</span> (empty = all)
      </label>
      <input id={id} name="amount" type="number" min="0" step={priceStep(currency)} inputMode="decimal" />
      <button type="submit" disabled={busy}>
        Refund<span className="visually-hidden"> order {order.id}</span>
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}

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
        {order.lines.map((l) => `${l.quantity} × ${l.sku}`).join(', ')} —{' '}
        <PaymentStatus orderId={order.id} payment={order.payment ?? null} />
      </p>
      {order.nextStatuses.map((status) => (
        <button key={status} type="button" onClick={() => void move(status)}>
          {/* the order's id is read to screen readers, not shown: the card's heading already shows it */}
          Mark <span className="visually-hidden">{order.id} </span>as {status}
        </button>
      ))}
      <OrderPricing order={order} caption={`Price of order ${order.id}`} across />
      <ErrorMessage error={error} />
      <RefundForm order={order} onChange={onChange} />
    </li>
  );
}

/** The card keeps the live status and payment should an event have overtaken the read. */
function newer(shown: OrderDetailFragment, read: OrderDetailFragment): Partial<OrderDetailFragment> {
  return shown.updatedAt > read.updatedAt
    ? { status: shown.status, payment: shown.payment, nextStatuses: shown.nextStatuses }
    : {};
}

/** The card then shows the order without its price parts, as the event brought it. */
function ignoreUnpriced(): void {}

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
          if (!placed) return;
          setOrders((all) => [placed, ...all.filter((o) => o.id !== placed.id)]);
          void call(OrderDetailDocument, { id: placed.id }).then(({ order }) => {
            if (order) setOrders((all) => all.map((o) => (o.id === order.id ? { ...order, ...newer(o, order) } : o)));
          }, ignoreUnpriced);
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
