// One product: its pictures, description and variants, each with its price, stock and an add-to-cart button.
import { useState } from 'react';
import { Image, Text, View } from 'react-native';
import { AddToCartDocument, call, describeError, formatMoney, ProductPageDocument } from '../../../index.ts';
import { useNavigation } from '../navigation.tsx';
import { useSession } from '../session.tsx';
import { useQuery } from '../use-query.ts';
import { Button, ErrorText, Heading, Loading, styles } from '../ui.tsx';

export function ProductScreen({ id }: { id: string }) {
  const { go } = useNavigation();
  const { email } = useSession();
  const page = useQuery(`product:${id}`, () => call(ProductPageDocument, { id }, 'apiKey'));
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const product = page.data?.product;
  if (page.error) return <ErrorText error={page.error} />;
  if (!page.data) return <Loading what="the product" />;
  if (!product) return <ErrorText error="This product is not in the shop (any more)." />;

  const add = async (sku: string, variantName: string) => {
    setError(undefined);
    setNote(undefined);
    try {
      await call(AddToCartDocument, { sku, quantity: 1 });
      setNote(`Added ${product.name} — ${variantName}`);
    } catch (e) {
      setError(describeError(e));
    }
  };
  const image = product.images[0];
  return (
    <View>
      <Heading>{product.name}</Heading>
      {image ? (
        <Image
          source={{ uri: image.url }}
          alt={image.alt ?? product.name}
          style={{ width: '100%', aspectRatio: 1.5 }}
          resizeMode="cover"
        />
      ) : null}
      {product.description ? <Text style={styles.text}>{product.description}</Text> : null}
      {product.variants.map((variant) => (
        <View key={variant.sku} style={styles.card}>
          <Text style={styles.text}>{variant.name}</Text>
          <Text style={styles.muted}>
            {`${formatMoney(variant.price)} · ${variant.inStock ? `${variant.stock} in stock` : 'out of stock'}`}
          </Text>
          {email ? (
            <Button
              label={`Add ${variant.name} to cart`}
              disabled={!variant.inStock}
              onPress={() => void add(variant.sku, variant.name)}
            />
          ) : null}
        </View>
      ))}
      {email === null ? <Button label="Sign in to buy" onPress={() => go({ name: 'account' })} /> : null}
      {note ? (
        <Text aria-live="polite" style={styles.text}>
          {note}
        </Text>
      ) : null}
      <ErrorText error={error} />
      {note ? <Button label="View cart" onPress={() => go({ name: 'cart' })} /> : null}
    </View>
  );
}
