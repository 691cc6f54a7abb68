// What the order would cost (quoteCart): the shipping methods serving the address, a promotion code, and the
// totals breakdown. The agreed total goes to checkout as expectedTotal, so a price changed meanwhile is refused.
import { useEffect, useState } from 'react';
import { Text, View } from 'react-native';
import { call, formatMoney, QuoteCartDocument, type AddressInput } from '../../../index.ts';
import { useQuery } from '../use-query.ts';
import { Button, ErrorText, Field, Loading, styles } from '../ui.tsx';

export interface Choices {
  shippingMethodId?: string;
  promotionCode?: string;
  expectedTotal?: number;
}

interface Props {
  address: AddressInput;
  onChange(choices: Choices): void;
}

export function QuoteChoices({ address, onChange }: Props) {
  const [methodId, setMethodId] = useState<string>();
  const [codeText, setCodeText] = useState('');
  const [code, setCode] = useState<string>();
  const input = {
    shippingAddress: { ...address, postalCode: address.postalCode || null },
    ...(methodId ? { shippingMethodId: methodId } : {}),
    ...(code ? { promotionCode: code } : {}),
  };
  const quote = useQuery(JSON.stringify(input), () => call(QuoteCartDocument, { input }));
  const totals = quote.data?.quoteCart.totals;
  useEffect(() => {
    onChange({
      ...(methodId ? { shippingMethodId: methodId } : {}),
      ...(code ? { promotionCode: code } : {}),
      ...(totals ? { expectedTotal: totals.total.amount } : {}),
    });
    // onChange is the parent's state setter's wrapper; the choices are what matter.
  }, [methodId, code, totals?.total.amount]);

  const methods = quote.data?.quoteCart.shippingMethods ?? [];
  const line = (label: string, money: { amount: number; currency: string }) => (
    <Text key={label} style={styles.text}>{`${label}: ${formatMoney(money)}`}</Text>
  );
  return (
    <View>
      <Text style={styles.muted}>Shipping method</Text>
      <View role="group" aria-label="Shipping method">
        {methods.map((m) => (
          <Button
            key={m.id}
            kind={m.id === methodId ? 'primary' : 'plain'}
            label={`${m.name} ${formatMoney(m.price)}${m.id === methodId ? ' (chosen)' : ''}`}
            onPress={() => setMethodId(m.id === methodId ? undefined : m.id)}
          />
        ))}
      </View>
      <Field label="Promotion code" value={codeText} onChangeText={setCodeText} autoCapitalize="characters" />
      <Button kind="plain" label="Apply code" onPress={() => setCode(codeText.trim() || undefined)} />
      <ErrorText error={quote.error} />
      {!totals && !quote.error ? <Loading what="the totals" /> : null}
      {totals ? (
        <View role="group" aria-label="Totals" style={styles.card}>
          {line('Subtotal', totals.subtotal)}
          {totals.discount.amount ? line('Discount', totals.discount) : null}
          {line('Shipping', totals.shipping)}
          {line('Tax', totals.tax)}
          {line('Total', totals.total)}
        </View>
      ) : null}
    </View>
  );
}
