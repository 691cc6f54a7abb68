// The signed-in shopper's cart: each line's quantity up or down, removal, the subtotal, and on to checkout.
import { useEffect, useState } from 'react';
import { Text, View } from 'react-native';
import {
  call,
  describeError,
  formatMoney,
  MyCartDocument,
  RemoveFromCartDocument,
  SetCartItemQuantityDocument,
  type CartContentsFragment,
} from '../../../index.ts';
import { useNavigation } from '../navigation.tsx';
import { Button, ErrorText, Heading, Loading, styles } from '../ui.tsx';

export function CartScreen() {
  const { go } = useNavigation();
  const [cart, setCart] = useState<CartContentsFragment | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    call(MyCartDocument, {}).then(
      (data) => setCart(data.myCart),
      (e: unknown) => setError(describeError(e)),
    );
  }, []);
  const change = async (next: () => Promise<CartContentsFragment>) => {
    setError(undefined);
    try {
      setCart(await next());
    } catch (e) {
      setError(describeError(e));
    }
  };
  if (cart === undefined && !error) return <Loading what="your cart" />;
  const items = cart?.items ?? [];
  return (
    <View>
      <Heading>Your cart</Heading>
      <ErrorText error={error} />
      {items.length === 0 ? <Text style={styles.text}>Your cart is empty.</Text> : null}
      <View role="list" aria-label="Cart">
        {items.map((line) => (
          <View key={line.sku} role="listitem" aria-label={`Cart line ${line.name}`} style={styles.card}>
            <Text style={styles.text}>{line.name}</Text>
            <Text style={styles.muted}>
              {`${line.quantity} × ${formatMoney(line.unitPrice)} = ${formatMoney(line.lineTotal)}`}
            </Text>
            <View style={styles.row}>
              <Button
                kind="plain"
                label={`One more ${line.name}`}
                onPress={() =>
                  void change(async () => {
                    const variables = { sku: line.sku, quantity: line.quantity + 1 };
                    return (await call(SetCartItemQuantityDocument, variables)).setCartItemQuantity;
                  })
                }
              />
              <Button
                kind="plain"
                label={`Remove ${line.name}`}
                onPress={() =>
                  void change(async () => (await call(RemoveFromCartDocument, { sku: line.sku })).removeFromCart)
                }
              />
            </View>
          </View>
        ))}
      </View>
      {cart && items.length > 0 ? (
        <>
          <Text style={styles.text}>{`Subtotal: ${formatMoney(cart.subtotal)}`}</Text>
          <Button label="Checkout" onPress={() => go({ name: 'checkout' })} />
        </>
      ) : null}
    </View>
  );
}
