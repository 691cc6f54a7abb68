// /shop/product/<id>: a product's pictures, description and variants, each with its own add-to-cart button.
// Signed in, a line goes straight into the customer's cart; before sign-in it waits in the session's cart.
import { useState } from 'react';
import { AddToCartDocument, call, ProductPageDocument } from '../../../../index.ts';
import { useSession } from '../../session.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

export function ProductPage({ id }: { id: string }) {
  const { session, addPending } = useSession();
  const product = useLoad(() => call(ProductPageDocument, { id }, session ? 'userPool' : 'apiKey'), [id, !!session]);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>();
  if (product.loading) return <Loading />;
  const p = product.data?.product;
  if (!p) return <ErrorMessage error={product.error ?? new Error('This product is not available.')} />;
  const add = async (sku: string, name: string) => {
    setError(undefined);
    try {
      if (session) await call(AddToCartDocument, { sku, quantity: 1 });
      else addPending({ sku, name: `${p.name} — ${name}`, quantity: 1 });
      setMessage(`Added ${p.name} — ${name} to your cart.`);
    } catch (thrown) {
      setError(thrown);
    }
  };
  return (
    <article>
      <h1>{p.name}</h1>
      {p.images.map((image) => (
        <img key={image.key} src={image.url} alt={image.alt ?? p.name} width={320} height={240} />
      ))}
      <p>{p.description}</p>
      <h2>Variants</h2>
      <ul className="variants">
        {p.variants.map((v) => (
          <li key={v.sku}>
            <span>
              {v.name} ({v.sku}) — <Price money={v.price} /> — {v.inStock ? `${v.stock} in stock` : 'sold out'}
            </span>{' '}
            <button type="button" disabled={!v.inStock} onClick={() => void add(v.sku, v.name)}>
              Add {v.name} to cart
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{message}</p>
      <ErrorMessage error={error} />
    </article>
  );
}
