// The checkout's choices beside the address: the shipping method (a radio group) and the promotion code.
import { useState, type KeyboardEvent } from 'react';
import { formatMoney, type ShippingMethodFieldsFragment, type TotalsFieldsFragment } from '../../index.ts';
import type { CheckoutQuote } from './checkout-quote.ts';
import { deliveryDays } from './pricing-words.ts';

/** What the method would charge for this cart: free at 0 or above its threshold (subtotal after discount). */
function methodPrice(method: ShippingMethodFieldsFragment, totals: TotalsFieldsFragment | undefined): string {
  const discounted = totals ? totals.subtotal.amount - totals.discount.amount : undefined;
  const free = method.freeOver && discounted !== undefined && discounted >= method.freeOver.amount;
  if (method.price.amount === 0 || free) return 'Free';
  const threshold = method.freeOver ? ` (free over ${formatMoney(method.freeOver)})` : '';
  return `${formatMoney(method.price)}${threshold}`;
}

export function ShippingMethodChoice({ quote }: { quote: CheckoutQuote }) {
  if (!quote.methods.length) {
    return quote.latest && !quote.pending ? <p>No shipping method is needed for this address.</p> : null;
  }
  return (
    <fieldset role="radiogroup" aria-labelledby="shipping-method-legend">
      <legend id="shipping-method-legend">Shipping method</legend>
      {quote.methods.map((method) => {
        const days = deliveryDays(method);
        return (
          <p key={method.id}>
            <input
              type="radio"
              id={`method-${method.id}`}
              name="shippingMethod"
              value={method.id}
              checked={quote.methodId === method.id}
              onChange={() => quote.chooseMethod(method.id)}
            />{' '}
            <label htmlFor={`method-${method.id}`}>
              {method.name} — {methodPrice(method, quote.latest?.totals)}
              {days ? ` — ${days}` : ''}
            </label>
          </p>
        );
      })}
    </fieldset>
  );
}

/** Typed, then applied with the button (or Enter, which must not place the order the field sits in). */
export function PromotionCodeField({ quote }: { quote: CheckoutQuote }) {
  const [typed, setTyped] = useState('');
  const apply = () => quote.applyCode(typed);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    apply();
  };
  const applied = quote.code && quote.current ? quote.code : undefined;
  return (
    <div className="promo">
      <p>
        <label htmlFor="promotion-code">Promotion code</label>{' '}
        <input
          id="promotion-code"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="characters"
        />{' '}
        <button type="button" onClick={apply}>
          Apply
        </button>
      </p>
      {applied ? <p role="status">Code {applied} applied.</p> : null}
      {quote.rejection ? (
        <p role="alert" className="error">
          {quote.rejection}
        </p>
      ) : null}
    </div>
  );
}
