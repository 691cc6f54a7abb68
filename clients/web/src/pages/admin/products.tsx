// /admin/: every product, newest first, and the form that creates one with its first variant.
import { useState, type FormEvent } from 'react';
import {
  call,
  CategoriesDocument,
  CreateProductDocument,
  priceStep,
  ProductListDocument,
  shopCurrency,
  toMinorUnits,
  type ProductListQuery,
  type ProductStatus,
} from '../../../../index.ts';
import { field } from '../../forms.ts';
import { Link, navigate } from '../../router.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';
import { PRODUCT_STATUSES } from './product-statuses.ts';

function ProductsTable({ products }: { products: ProductListQuery['listProducts']['items'] | undefined }) {
  return (
    <table>
      <caption>All products, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {products?.map((p) => (
          <tr key={p.id}>
            <td>
              <Link to={`/admin/product/${p.id}`}>{p.name}</Link>
            </td>
            <td>{p.status}</td>
            <td>
              <Price money={p.priceFrom} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Products() {
  const list = useLoad(() => call(ProductListDocument, { limit: 50 }), []);
  const categories = useLoad(() => call(CategoriesDocument, {}), []);
  const [error, setError] = useState<unknown>();
  // The shop's one currency (config.json or the stack's Currency output): any other is a ValidationError.
  const currency = shopCurrency();
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    try {
      const { createProduct } = await call(CreateProductDocument, {
        input: {
          slug: field(form, 'slug'),
          name: field(form, 'name'),
          description: field(form, 'description') || null,
          categoryId: field(form, 'categoryId'),
          status: field(form, 'status') as ProductStatus,
          variants: [
            {
              sku: field(form, 'sku'),
              name: field(form, 'variantName'),
              // Typed in major units; JPY has no minor unit, so ¥1500 is 1500, while $15 is 1500 cents.
              price: { amount: toMinorUnits(field(form, 'price'), currency), currency },
              stock: Number(field(form, 'stock')),
            },
          ],
        },
      });
      navigate(`/admin/product/${createProduct.id}`);
    } catch (thrown) {
      setError(thrown);
    }
  };
  return (
    <>
      <h1>Products</h1>
      <ErrorMessage error={list.error} />
      {list.loading ? <Loading /> : null}
      <ProductsTable products={list.data?.listProducts.items} />
      <h2>Create a product</h2>
      <form onSubmit={(e) => void create(e)} aria-label="Create a product" className="stack">
        <label htmlFor="new-name">Name</label>
        <input id="new-name" name="name" required />
        <label htmlFor="new-slug">Slug</label>
        <input id="new-slug" name="slug" required pattern="[a-z0-9\-]{1,80}" />
        <label htmlFor="new-description">Description</label>
        <textarea id="new-description" name="description" />
        <label htmlFor="new-category">Category</label>
        <select id="new-category" name="categoryId" required>
          {categories.data?.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <label htmlFor="new-status">Status</label>
        <select id="new-status" name="status" defaultValue="ACTIVE">
          {PRODUCT_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <fieldset>
          <legend>First variant</legend>
          <label htmlFor="new-sku">SKU</label>
          <input id="new-sku" name="sku" required pattern="[A-Z0-9\-]{1,40}" />
          <label htmlFor="new-variant-name">Variant name</label>
          <input id="new-variant-name" name="variantName" required />
          <label htmlFor="new-price">Price ({currency})</label>
          <input id="new-price" name="price" type="number" min="0" step={priceStep(currency)} required />
          <label htmlFor="new-stock">Stock</label>
          <input id="new-stock" name="stock" type="number" min="0" step="1" required />
        </fieldset>
        <button type="submit">Create product</button>
      </form>
      <ErrorMessage error={error} />
    </>
  );
}
