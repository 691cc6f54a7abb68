// The storefront's product cards (home page and search results): picture, name linking to the page, price.
import type { ProductCardFragment } from '../../index.ts';
import { Link } from './router.tsx';
import { Price } from './ui.tsx';

export function ProductGrid({ products }: { products: readonly ProductCardFragment[] }) {
  if (!products.length) return <p>No products.</p>;
  return (
    <ul className="grid">
      {products.map((p) => (
        <li key={p.id} className="card">
          {p.images[0] ? <img src={p.images[0].url} alt={p.images[0].alt ?? ''} width={160} height={120} /> : null}
          <Link to={`/shop/product/${p.id}`}>{p.name}</Link>
          <p>
            from <Price money={p.priceFrom} />
          </p>
        </li>
      ))}
    </ul>
  );
}
