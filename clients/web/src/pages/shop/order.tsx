// /shop/order/<id>: one of the shopper's orders as placed: its lines, what it cost part by part (shipping method,
// promotion code, tax), where it ships, its status and its payment.
import { call, OrderDetailDocument, type OrderDetailFragment } from '../../../../index.ts';
import { PaymentStatus } from '../../payment-status.tsx';
import { OrderPricing } from '../../pricing.tsx';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

function addressLine(a: OrderDetailFragment['shippingAddress']): string {
  return [a.name, a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', ');
}

export function OrderPage({ id }: { id: string }) {
  const { session } = useSession();
  const loaded = useLoad(
    () => (session ? call(OrderDetailDocument, { id }).then((d) => d.order) : Promise.resolve(null)),
    [session, id],
  );
  if (!session) return <ErrorMessage error={new Error('Please sign in to see your order.')} />;
  const order = loaded.data;
  return (
    <>
      <h1>Order {id}</h1>
      <p>
        <Link to="/shop/orders">All my orders</Link>
      </p>
      <ErrorMessage error={loaded.error} />
      {loaded.loading ? <Loading /> : null}
      {!loaded.loading && !loaded.error && !order ? <p>No such order.</p> : null}
      {order ? (
        <>
          <p>
            Status: <span data-testid={`status-${order.id}`}>{order.status}</span> —{' '}
            <PaymentStatus orderId={order.id} payment={order.payment ?? null} />
          </p>
          <table>
            <caption>Items</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Quantity</th>
                <th scope="col">Price</th>
                <th scope="col">Line total</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.sku}>
                  <td>{line.name}</td>
                  <td>{line.quantity}</td>
                  <td>
                    <Price money={line.unitPrice} />
                  </td>
                  <td>
                    <Price money={line.lineTotal} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <OrderPricing order={order} />
          <h2>Ships to</h2>
          <address>{addressLine(order.shippingAddress)}</address>
        </>
      ) : null}
    </>
  );
}
