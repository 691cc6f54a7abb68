// Checkout: the shipping address, the shipping method and promotion code quoteCart offers with its totals,
// then the order (one idempotency key per visit, reused on retries) and its payment on the hosted page.
import { useRef, useState } from 'react';
import { Text, View } from 'react-native';
import { call, CheckoutDocument, describeError, type AddressInput } from '../../../index.ts';
import { useNavigation } from '../navigation.tsx';
import { payForOrder } from '../payment.ts';
import { Button, ErrorText, Field, Heading, styles } from '../ui.tsx';
import { QuoteChoices, type Choices } from './quote.tsx';

function newIdempotencyKey(): string {
  return `mobile-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

const EMPTY: AddressInput = { name: '', line1: '', city: '', country: '', postalCode: '' };

export function CheckoutScreen() {
  const { go } = useNavigation();
  const [address, setAddress] = useState<AddressInput>(EMPTY);
  const [choices, setChoices] = useState<Choices>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const set = (field: keyof AddressInput) => (text: string) => setAddress({ ...address, [field]: text });
  const complete = !!(address.name && address.line1 && address.city && /^[A-Z]{2}$/.test(address.country));

  const placeOrder = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const shippingAddress = { ...address, postalCode: address.postalCode || null };
      const input = { shippingAddress, idempotencyKey: key.current, ...choices };
      const { checkout } = await call(CheckoutDocument, { input });
      if ((await payForOrder(checkout.id)) === 'back') go({ name: 'orders', placed: checkout.id });
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };
  return (
    <View>
      <Heading>Checkout</Heading>
      <Text style={styles.muted}>Ship to</Text>
      <Field label="Full name" value={address.name} onChangeText={set('name')} autoComplete="name" />
      <Field label="Address line 1" value={address.line1} onChangeText={set('line1')} autoComplete="street-address" />
      <Field label="City" value={address.city} onChangeText={set('city')} />
      <Field label="Postal code" value={address.postalCode ?? ''} onChangeText={set('postalCode')} />
      <Field
        label="Country code (e.g. US)"
        value={address.country}
        onChangeText={(text) => set('country')(text.toUpperCase())}
        autoCapitalize="characters"
        maxLength={2}
      />
      {complete ? <QuoteChoices address={address} onChange={setChoices} /> : null}
      <ErrorText error={error} />
      <Button label="Place order" disabled={busy || !complete} onPress={() => void placeOrder()} />
    </View>
  );
}
