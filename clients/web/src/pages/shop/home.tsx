// /shop/: the landing page, with the category chips (each opens a filtered search) and the newest products.
import { call, ProductListDocument } from '../../../../index.ts';
import { useCategories } from '../../categories.tsx';
import { ProductGrid } from '../../product-grid.tsx';
import { Link } from '../../router.tsx';
import { ErrorMessage, Loading, useLoad } from '../../ui.tsx';

export function Home() {
  const categories = useCategories();
  const newest = useLoad(() => call(ProductListDocument, { limit: 12 }, 'apiKey'), []);
  return (
    <>
      <h1>Welcome to the shop</h1>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Categories</h2>
        <ErrorMessage error={categories.error} />
        <ul className="chips">
          {categories.data?.map((c) => (
            <li key={c.id}>
              <Link to={`/shop/search?category=${encodeURIComponent(c.id)}`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading">Newest products</h2>
        <ErrorMessage error={newest.error} />
        {newest.loading ? <Loading /> : <ProductGrid products={newest.data?.listProducts.items ?? []} />}
      </section>
    </>
  );
}
