// /shop/checkout: the shipping address form that places the order, then on to Stripe's hosted page to pay.
import { useState, type FormEvent } from 'react';
import { call, CheckoutDocument, StartPaymentDocument } from '../../../../index.ts';
import { field } from '../../forms.ts';
import { ordersReturnUrl } from '../../payment-status.tsx';
import { navigate } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { ErrorMessage } from '../../ui.tsx';

function newAttemptKey(): string {
  return crypto.randomUUID();
}

/** Off to pay; if the page cannot be opened now, the order waits on the orders page with its "Pay now". */
async function payOrOpenOrders(orderId: string): Promise<void> {
  const returnUrl = ordersReturnUrl(orderId);
  const started = await call(StartPaymentDocument, { orderId, returnUrl }).catch(() => undefined);
  if (started) location.assign(started.startPayment.url);
  else navigate(`/shop/orders?placed=${encodeURIComponent(orderId)}&payment=unavailable`);
}

export function Checkout() {
  const { session } = useSession();
  // One key per purchase attempt: a retry after a network failure reuses it, so it can never order twice.
  const [attemptKey] = useState(newAttemptKey);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (!session) return <ErrorMessage error={new Error('Please sign in to check out.')} />;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const { checkout } = await call(CheckoutDocument, {
        input: {
          idempotencyKey: attemptKey,
          shippingAddress: {
            name: field(form, 'name'),
            line1: field(form, 'line1'),
            line2: field(form, 'line2') || null,
            city: field(form, 'city'),
            region: field(form, 'region') || null,
            postalCode: field(form, 'postalCode') || null,
            country: field(form, 'country').toUpperCase(),
          },
        },
      });
      await payOrOpenOrders(checkout.id);
    } catch (thrown) {
      setError(thrown);
    } finally {
      setBusy(false);
    }
  };
  const input = (name: string, label: string, required = true, autoComplete?: string) => (
    <p>
      <label htmlFor={`addr-${name}`}>
        {label}
        {required ? '' : ' (optional)'}
      </label>
      <input id={`addr-${name}`} name={name} required={required} autoComplete={autoComplete} />
    </p>
  );
  return (
    <>
      <h1>Checkout</h1>
      <form onSubmit={(e) => void onSubmit(e)} aria-label="Shipping address">
        {input('name', 'Full name', true, 'name')}
        {input('line1', 'Address line 1', true, 'address-line1')}
        {input('line2', 'Address line 2', false, 'address-line2')}
        {input('city', 'City', true, 'address-level2')}
        {input('region', 'State or region', false, 'address-level1')}
        {input('postalCode', 'Postal code', false, 'postal-code')}
        {input('country', 'Country code (e.g. US)', true, 'country')}
        <button type="submit" disabled={busy}>
          Place order
        </button>
      </form>
      <ErrorMessage error={error} />
    </>
  );
}
