// /shop/orders: the customer's orders, each order's status and payment kept live over AppSync real-time,
// and "Pay now" (Stripe's hosted page) for the ones still waiting for their money.
import { useEffect, useState } from 'react';
import {
  call,
  MyOrdersDocument,
  OnMyOrderStatusChangedDocument,
  StartPaymentDocument,
  watch,
  type OrderSummaryFragment,
} from '../../../../index.ts';
import { ordersReturnUrl, PaymentStatus } from '../../payment-status.tsx';
import { Link, useLocation } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

/** What Stripe's return (`payment=…` in the query) means for the shopper. */
const RETURNS: Record<string, string> = {
  success: 'Thank you: your payment is being confirmed, and the order below turns Paid when it is.',
  cancelled: 'The payment was cancelled; nothing was charged. Use "Pay now" to try again.',
  unavailable: 'Your order is placed, but the payment page could not be opened. Use "Pay now" to try again.',
};

function PayNow({ orderId }: { orderId: string }) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const pay = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { startPayment } = await call(StartPaymentDocument, { orderId, returnUrl: ordersReturnUrl(orderId) });
      location.assign(startPayment.url);
    } catch (thrown) {
      setError(thrown);
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void pay()}>
        Pay now<span className="visually-hidden"> for order {orderId}</span>
      </button>
      <ErrorMessage error={error} />
    </>
  );
}

/** The newest known state: an event whose mutation did not select the payment keeps the one already shown. */
function merged(loaded: OrderSummaryFragment, live: OrderSummaryFragment | undefined): OrderSummaryFragment {
  if (!live) return loaded;
  return { ...live, payment: live.payment ?? loaded.payment };
}

const orderPath = (id: string) => `/shop/order/${encodeURIComponent(id)}`;

export function Orders() {
  const { session } = useSession();
  const returned = useLocation().searchParams.get('payment');
  const orders = useLoad(
    () => (session ? call(MyOrdersDocument, { limit: 20 }).then((d) => d.myOrders.items) : Promise.resolve([])),
    [session],
  );
  const [live, setLive] = useState<Record<string, OrderSummaryFragment>>({});
  useEffect(() => {
    if (!session) return;
    // Live status and payment of every order of mine (AppSync real-time; id omitted = all my orders).
    const subscription = watch(
      OnMyOrderStatusChangedDocument,
      {},
      {
        next: (d) => {
          const changed = d.onOrderStatusChanged;
          if (changed) setLive((m) => ({ ...m, [changed.id]: merged(m[changed.id] ?? changed, changed) }));
        },
      },
    );
    return () => subscription.unsubscribe();
  }, [session]);
  if (!session) return <ErrorMessage error={new Error('Please sign in to see your orders.')} />;
  const notice = returned ? RETURNS[returned] : undefined;
  return (
    <>
      <h1>My orders</h1>
      {notice ? <p role="status">{notice}</p> : null}
      <ErrorMessage error={orders.error} />
      {orders.loading ? <Loading /> : null}
      <ul className="orders" aria-live="polite">
        {orders.data?.map((o) => {
          const order = merged(o, live[o.id]);
          return (
            <li key={o.id} data-order-id={o.id}>
              <Link to={orderPath(o.id)}>Order {o.id}</Link> — <Price money={order.total} /> —{' '}
              <span className="status" data-testid={`status-${o.id}`}>
                {order.status}
              </span>{' '}
              — <PaymentStatus orderId={o.id} payment={order.payment ?? null} />
              {order.status === 'PENDING_PAYMENT' ? <PayNow orderId={o.id} /> : null}
            </li>
          );
        })}
      </ul>
      {orders.data?.length === 0 ? <p>No orders yet.</p> : null}
    </>
  );
}
