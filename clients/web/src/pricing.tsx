// What an order costs, part by part (the Totals of quoteCart and of a placed order), the same at checkout, on the
// shopper's order page and on the admin's board.
import type { MoneyFieldsFragment, OrderPricingFragment, TotalsFieldsFragment } from '../../index.ts';
import { taxIncluded } from './pricing-words.ts';
import { Price } from './ui.tsx';

interface Part {
  label: string;
  money: MoneyFieldsFragment;
  /** taken off, shown with a minus sign */
  off?: boolean;
}

/** Subtotal, Discount (only when there is one), Shipping, Tax (or "Including tax"), Total. */
function parts(totals: TotalsFieldsFragment): Part[] {
  const discount = totals.discount.amount > 0 ? [{ label: 'Discount', money: totals.discount, off: true }] : [];
  return [
    { label: 'Subtotal', money: totals.subtotal },
    ...discount,
    { label: 'Shipping', money: totals.shipping },
    { label: taxIncluded(totals) ? 'Including tax' : 'Tax', money: totals.tax },
    { label: 'Total', money: totals.total },
  ];
}

const amount = (part: Part) => (
  <>
    {part.off ? '−' : ''}
    <Price money={part.money} />
  </>
);

/** One part a row (checkout, the order page); `across` puts the parts side by side (a card on the board). */
export function Breakdown(props: { totals: TotalsFieldsFragment; caption?: string; across?: boolean }) {
  const caption = props.caption ?? 'Price breakdown';
  const all = parts(props.totals);
  if (props.across) {
    return (
      <table className="totals across">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {all.map((p) => (
              <th key={p.label} scope="col">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {all.map((p) => (
              <td key={p.label}>{amount(p)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    );
  }
  return (
    <table className="totals">
      <caption>{caption}</caption>
      <tbody>
        {all.map((p) => (
          <tr key={p.label}>
            <th scope="row">{p.label}</th>
            <td>{amount(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A placed order's price: the breakdown, the shipping method it was placed with and its promotion code. */
export function OrderPricing(props: { order: Partial<OrderPricingFragment>; caption?: string; across?: boolean }) {
  const { order } = props;
  if (!order.totals) return null;
  return (
    <>
      <Breakdown totals={order.totals} caption={props.caption} across={props.across} />
      <p>
        Shipping method: {order.shippingMethod?.name ?? 'none chosen'}
        {order.promotionCode ? ` — Promotion code: ${order.promotionCode}` : ''}
      </p>
    </>
  );
}
