// The catalog: free-text search, the category / tag / price facets the search answers with, and the products.
import { useState } from 'react';
import { Image, Pressable, Text, View } from 'react-native';
import {
  call,
  CategoriesDocument,
  formatMoney,
  SearchProductsDocument,
  shopCurrency,
  type ProductCardFragment,
  type ProductSearchFilter,
  type SearchProductsQuery,
} from '../../../index.ts';
import { useNavigation } from '../navigation.tsx';
import { useQuery } from '../use-query.ts';
import { Button, ErrorText, Field, Heading, Loading, styles } from '../ui.tsx';

type Facets = SearchProductsQuery['searchProducts']['facets'];

const chipStyle = { ...styles.card, marginVertical: 0, paddingVertical: 6, paddingHorizontal: 10, borderRadius: 16 };

function ProductTile({ product }: { product: ProductCardFragment }) {
  const { go } = useNavigation();
  const image = product.images[0];
  return (
    <Pressable role="link" onPress={() => go({ name: 'product', id: product.id })} style={[styles.card, styles.row]}>
      {image ? <Image source={{ uri: image.url }} alt={image.alt ?? ''} style={{ width: 64, height: 64 }} /> : null}
      <View style={{ flex: 1 }}>
        <Text style={styles.text}>{product.name}</Text>
        <Text style={styles.muted}>{product.priceFrom ? `from ${formatMoney(product.priceFrom)}` : ''}</Text>
      </View>
    </Pressable>
  );
}

interface FacetProps {
  facets: Facets;
  filter: ProductSearchFilter;
  names: Map<string, string>;
  setFilter(filter: ProductSearchFilter): void;
}

/** One chip per facet value; pressing it narrows the search to it, pressing it again widens it back. */
function FacetChips({ facets, filter, names, setFilter }: FacetProps) {
  const toggle = (list: string[] | null | undefined, value: string) =>
    list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  const chip = (label: string, on: boolean, press: () => void) => (
    <Pressable
      key={label}
      role="checkbox"
      aria-label={label}
      aria-checked={on}
      onPress={press}
      style={[chipStyle, on && { borderColor: '#1f4fd1', backgroundColor: '#e6ecfb' }]}
    >
      <Text style={styles.text}>{label}</Text>
    </Pressable>
  );
  return (
    <View role="group" aria-label="Filters" style={[styles.row, { marginVertical: 8 }]}>
      {facets.categories.map((f) =>
        chip(`${names.get(f.value) ?? f.value} (${f.count})`, !!filter.categoryIds?.includes(f.value), () =>
          setFilter({ ...filter, categoryIds: toggle(filter.categoryIds, f.value) }),
        ),
      )}
      {facets.tags.map((f) =>
        chip(`#${f.value} (${f.count})`, !!filter.tags?.includes(f.value), () =>
          setFilter({ ...filter, tags: toggle(filter.tags, f.value) }),
        ),
      )}
      {facets.priceRanges.map((f) => {
        const on = filter.minPrice === f.min && filter.maxPrice === (f.max ?? undefined);
        if (f.count === 0) return null;
        const money = (amount: number) => formatMoney({ amount, currency: shopCurrency() });
        const label = `${money(f.min)}–${f.max == null ? '…' : money(f.max)} (${f.count})`;
        return chip(label, on, () =>
          setFilter({ ...filter, minPrice: on ? undefined : f.min, maxPrice: on ? undefined : (f.max ?? undefined) }),
        );
      })}
    </View>
  );
}

export function CatalogScreen() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ProductSearchFilter>({});
  const categories = useQuery('categories', () => call(CategoriesDocument, {}, 'apiKey'));
  const names = new Map((categories.data?.categories ?? []).map((c) => [c.id, c.name]));
  const search = useQuery(JSON.stringify([query, filter]), () =>
    call(SearchProductsDocument, { query: query || null, filter, limit: 20 }, 'apiKey'),
  );
  const result = search.data?.searchProducts;
  return (
    <View>
      <Heading>Products</Heading>
      <Field
        label="Search products"
        value={text}
        onChangeText={setText}
        returnKeyType="search"
        onSubmitEditing={() => setQuery(text.trim())}
      />
      <Button label="Search" onPress={() => setQuery(text.trim())} />
      {result ? <FacetChips facets={result.facets} filter={filter} names={names} setFilter={setFilter} /> : null}
      <ErrorText error={search.error} />
      {!result && !search.error ? <Loading what="products" /> : null}
      {result ? (
        <>
          <Text style={styles.muted}>{`${result.total} products`}</Text>
          <View role="list" aria-label="Products">
            {result.items.map((product) => (
              <View key={product.id} role="listitem">
                <ProductTile product={product} />
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}
