// /shop/checkout: the shipping address, the shipping method and promotion code, the price quoted for them, and
// the order placed at exactly that price (expectedTotal), then on to Stripe's hosted page to pay.
import { useState, type FormEvent } from 'react';
import {
  call,
  CheckoutDocument,
  ShopApiError,
  StartPaymentDocument,
  type AddressInput,
  type MoneyFieldsFragment,
} from '../../../../index.ts';
import { PromotionCodeField, ShippingMethodChoice } from '../../checkout-choices.tsx';
import { useCheckoutQuote, type CheckoutQuote } from '../../checkout-quote.ts';
import { field } from '../../forms.ts';
import { ordersReturnUrl } from '../../payment-status.tsx';
import { Breakdown } from '../../pricing.tsx';
import { navigate } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { ErrorMessage, Price } from '../../ui.tsx';

function newAttemptKey(): string {
  return crypto.randomUUID();
}

const COUNTRY = /^[A-Za-z]{2}$/;

/** The address typed so far, or null until it has what a quote needs (name, first line, city, a country code). */
function readAddress(form: HTMLFormElement): AddressInput | null {
  const data = new FormData(form);
  const address: AddressInput = {
    name: field(data, 'name'),
    line1: field(data, 'line1'),
    line2: field(data, 'line2') || null,
    city: field(data, 'city'),
    region: field(data, 'region') || null,
    postalCode: field(data, 'postalCode') || null,
    country: field(data, 'country').toUpperCase(),
  };
  return address.name && address.line1 && address.city && COUNTRY.test(address.country) ? address : null;
}

/** The ConflictError of an expectedTotal the order no longer costs (errorInfo.total: what it costs now). */
function priceChanged(thrown: unknown): boolean {
  if (!(thrown instanceof ShopApiError) || thrown.errorType !== 'ConflictError') return false;
  return typeof thrown.errors[0]?.errorInfo?.['total'] === 'number';
}

/** Off to pay; if the page cannot be opened now, the order waits on the orders page with its "Pay now". */
async function payOrOpenOrders(orderId: string): Promise<void> {
  const returnUrl = ordersReturnUrl(orderId);
  const started = await call(StartPaymentDocument, { orderId, returnUrl }).catch(() => undefined);
  if (started) location.assign(started.startPayment.url);
  else navigate(`/shop/orders?placed=${encodeURIComponent(orderId)}&payment=unavailable`);
}

function AddressFields() {
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
    <fieldset>
      <legend>Shipping address</legend>
      {input('name', 'Full name', true, 'name')}
      {input('line1', 'Address line 1', true, 'address-line1')}
      {input('line2', 'Address line 2', false, 'address-line2')}
      {input('city', 'City', true, 'address-level2')}
      {input('region', 'State or region', false, 'address-level1')}
      {input('postalCode', 'Postal code', false, 'postal-code')}
      {input('country', 'Country code (e.g. US)', true, 'country')}
    </fieldset>
  );
}

/** The quoted price, or why there is none yet; a total that changed under the shopper is said out loud. */
function QuotedPrice({ quote, was }: { quote: CheckoutQuote; was: MoneyFieldsFragment | undefined }) {
  const totals = quote.latest?.totals;
  return (
    <div aria-busy={quote.pending} aria-live="polite">
      {totals ? <Breakdown totals={totals} /> : <p>Enter the shipping address to see the price.</p>}
      {quote.pending ? <p>Updating the price…</p> : null}
      {was && quote.current ? (
        <p role="alert" className="error">
          The total changed from <Price money={was} /> to <Price money={quote.current.totals.total} /> since it was
          shown: please check it and place the order again.
        </p>
      ) : null}
    </div>
  );
}

export function Checkout() {
  const { session } = useSession();
  // One key per purchase attempt: a retry after a network failure reuses it, so it can never order twice.
  const [attemptKey] = useState(newAttemptKey);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [was, setWas] = useState<MoneyFieldsFragment>();
  const quote = useCheckoutQuote();
  if (!session) return <ErrorMessage error={new Error('Please sign in to check out.')} />;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = readAddress(event.currentTarget);
    if (!address) return;
    setBusy(true);
    setError(undefined);
    setWas(undefined);
    const agreed = quote.current?.totals.total;
    try {
      const { checkout } = await call(CheckoutDocument, {
        input: {
          idempotencyKey: attemptKey,
          shippingAddress: address,
          shippingMethodId: quote.methodId ?? null,
          promotionCode: quote.code ?? null,
          // Placed at the total shown, or not at all (ConflictError); a failed quote leaves it to the API.
          expectedTotal: agreed?.amount ?? null,
        },
      });
      await payOrOpenOrders(checkout.id);
    } catch (thrown) {
      if (quote.refused(thrown)) return;
      // Whatever went wrong, the price is asked again: a method switched off or a changed price shows at once.
      quote.requote();
      if (agreed && priceChanged(thrown)) setWas(agreed);
      else setError(thrown);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>Checkout</h1>
      <form
        onSubmit={(e) => void onSubmit(e)}
        onChange={(e) => quote.setAddress(readAddress(e.currentTarget))}
        aria-label="Checkout"
      >
        <AddressFields />
        <ShippingMethodChoice quote={quote} />
        <PromotionCodeField quote={quote} />
        <QuotedPrice quote={quote} was={was} />
        {/* Waits for the quote of the current choices, so the order is placed at the price on the screen. */}
        <button type="submit" disabled={busy || quote.pending}>
          Place order
        </button>
      </form>
      <ErrorMessage error={error ?? quote.error} />
    </>
  );
}
