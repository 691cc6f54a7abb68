// My orders with live status: the list from myOrders, kept current by onOrderStatusChanged over AppSync's
// real-time WebSocket (Amplify opens it; the resolver filters events to the caller's own orders).
import { useEffect, useState } from 'react';
import { Text, View } from 'react-native';
import {
  call,
  describeError,
  formatMoney,
  MyOrdersDocument,
  OnMyOrderStatusChangedDocument,
  watch,
  type OrderSummaryFragment,
} from '../../../index.ts';
import { payForOrder } from '../payment.ts';
import { Button, ErrorText, Heading, Loading, styles } from '../ui.tsx';

const PAYMENT_WORDS: Record<string, string> = {
  UNPAID: 'Unpaid',
  PROCESSING: 'Processing',
  PAID: 'Paid',
  FAILED: 'Failed',
  PARTIALLY_REFUNDED: 'Partially refunded',
  REFUNDED: 'Refunded',
};

/** An unpaid order's way back to the hosted page (a cancelled or abandoned payment); its status follows live. */
function PayNow({ orderId, total }: { orderId: string; total: string }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const pay = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await payForOrder(orderId);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label={`Pay now ${total}`} disabled={busy} onPress={() => void pay()} />
      <ErrorText error={error} />
    </>
  );
}

function OrderCard({ order, placed }: { order: OrderSummaryFragment; placed: boolean }) {
  const payment = order.payment ? (PAYMENT_WORDS[order.payment.status] ?? order.payment.status) : 'Not started';
  return (
    <View role="listitem" aria-label={`Order ${order.id}`} style={[styles.card, placed && { borderColor: '#1f4fd1' }]}>
      <Text
        style={styles.text}
      >{`${placed ? 'Just placed · ' : ''}${new Date(order.createdAt).toLocaleString()}`}</Text>
      <Text style={styles.text}>{`Total ${formatMoney(order.total)}`}</Text>
      <Text testID={`status-${order.id}`} style={styles.text}>
        {order.status}
      </Text>
      <Text testID={`payment-${order.id}`} style={styles.muted}>{`Payment: ${payment}`}</Text>
      {order.status === 'PENDING_PAYMENT' ? <PayNow orderId={order.id} total={formatMoney(order.total)} /> : null}
    </View>
  );
}

export function OrdersScreen({ placed, payment }: { placed?: string; payment?: string }) {
  const [orders, setOrders] = useState<OrderSummaryFragment[]>();
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    call(MyOrdersDocument, { limit: 20 }).then(
      (data) => setOrders(data.myOrders.items),
      (e: unknown) => setError(describeError(e)),
    );
  }, [generation]);

  useEffect(() => {
    // Every change to one of my orders replaces its summary in the list; a new order joins at the top.
    const subscription = watch(
      OnMyOrderStatusChangedDocument,
      {},
      {
        next: ({ onOrderStatusChanged: changed }) => {
          if (!changed) return;
          setOrders((list) => {
            if (!list) return list;
            const known = list.some((o) => o.id === changed.id);
            return known ? list.map((o) => (o.id === changed.id ? changed : o)) : [changed, ...list];
          });
        },
        error: (e) => setError(describeError(e)),
      },
    );
    return () => subscription.unsubscribe();
  }, []);

  if (!orders && !error) return <Loading what="your orders" />;
  return (
    <View>
      <Heading>My orders</Heading>
      {payment === 'cancelled' ? <Text style={styles.text}>Payment cancelled: the order waits for it.</Text> : null}
      <ErrorText error={error} />
      {orders?.length === 0 ? <Text style={styles.text}>No orders yet.</Text> : null}
      <View role="list" aria-label="Orders">
        {orders?.map((order) => (
          <OrderCard key={order.id} order={order} placed={order.id === placed} />
        ))}
      </View>
      <Button kind="plain" label="Refresh orders" onPress={() => setGeneration((g) => g + 1)} />
    </View>
  );
}
