// The checkout's choices (address, shipping method, promotion code) and their quoteCart, asked again whenever the
// country, region, method or code changes: the total shown is the total checkout is told to expect.
import { useEffect, useState } from 'react';
import {
  call,
  QuoteCartDocument,
  ShopApiError,
  type AddressInput,
  type QuoteCartQuery,
  type ShippingMethodFieldsFragment,
} from '../../index.ts';
import { codeRejection } from './pricing-words.ts';

export type Quote = QuoteCartQuery['quoteCart'];

/** A quote, or the error it failed with, for one set of choices (`key`). */
interface Result {
  key: string;
  quote?: Quote;
  error?: unknown;
}

export interface CheckoutQuote {
  /** the latest quote whatever it was for (shown while the next one is on its way) */
  latest: Quote | undefined;
  /** the quote of exactly the current choices, or undefined */
  current: Quote | undefined;
  /** the current choices could not be quoted (shown, and checkout may still be tried) */
  error: unknown;
  /** the address is complete and its quote is on its way */
  pending: boolean;
  methods: ShippingMethodFieldsFragment[];
  methodId: string | undefined;
  chooseMethod(id: string): void;
  code: string | undefined;
  applyCode(code: string): void;
  /** why the last code tried was refused, in words */
  rejection: string | undefined;
  setAddress(address: AddressInput | null): void;
  /** quote again (the price changed under the shopper) */
  requote(): void;
  /** a refused code from checkout: drops it, says why; false when the error was something else */
  refused(error: unknown): boolean;
}

const QUOTE_DELAY_MS = 250;

export function useCheckoutQuote(): CheckoutQuote {
  const [address, setAddressState] = useState<AddressInput | null>(null);
  const [country, setCountry] = useState<string>();
  const [methodId, setMethodId] = useState<string>();
  const [methods, setMethods] = useState<ShippingMethodFieldsFragment[]>([]);
  // A method the API refused for this address: not chosen again by itself, so the two cannot loop.
  const [dropped, setDropped] = useState<string>();
  const [code, setCode] = useState<string>();
  const [rejection, setRejection] = useState<string>();
  const [tick, setTick] = useState(0);
  const [result, setResult] = useState<Result>();
  const [latest, setLatest] = useState<Quote>();
  const key = address
    ? JSON.stringify([address.country, address.region ?? '', methodId ?? '', code ?? '', tick])
    : undefined;

  const refused = (error: unknown): boolean => {
    const reason = codeRejection(error);
    if (reason === undefined) return false;
    setRejection(reason);
    setCode(undefined);
    return true;
  };

  useEffect(() => {
    if (!key || !address) return;
    let live = true;
    const input = { shippingAddress: address, shippingMethodId: methodId ?? null, promotionCode: code ?? null };
    // A short pause, so typing a region asks once, not once per key.
    const timer = setTimeout(() => {
      call(QuoteCartDocument, { input }).then(
        ({ quoteCart }) => {
          if (!live) return;
          setResult({ key, quote: quoteCart });
          setLatest(quoteCart);
          setMethods(quoteCart.shippingMethods);
          // The cheapest method serving the address until the shopper picks another.
          const cheapest = quoteCart.shippingMethods.find((m) => m.id !== dropped);
          if (!methodId && cheapest) setMethodId(cheapest.id);
        },
        (thrown: unknown) => {
          if (!live || refused(thrown)) return;
          // The method no longer serves the address (or was switched off): quote without it, which lists the rest.
          if (methodId && thrown instanceof ShopApiError && thrown.errorType === 'ValidationError') {
            setDropped(methodId);
            setMethodId(undefined);
            return;
          }
          setResult({ key, error: thrown });
        },
      );
    }, QUOTE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The key names everything the quote depends on; the address's other lines do not change the price.
  }, [key]);

  const setAddress = (next: AddressInput | null) => {
    if (next && next.country !== country) {
      // Another country: other methods serve it. (An address half typed again keeps the choice.)
      setCountry(next.country);
      setMethodId(undefined);
      setMethods([]);
    }
    setAddressState(next);
  };
  const mine = result && result.key === key ? result : undefined;
  return {
    latest,
    current: mine?.quote,
    error: mine?.error,
    pending: !!key && !mine,
    methods,
    methodId,
    chooseMethod: setMethodId,
    code,
    applyCode: (typed: string) => {
      setRejection(undefined);
      setCode(typed.trim().toUpperCase() || undefined);
    },
    rejection,
    setAddress,
    requote: () => setTick((t) => t + 1),
    refused,
  };
}
