// The admin app (group `admin` only): products, create/edit with expectedVersion, stock, images, orders board.
import { useEffect, useState, type FormEvent } from 'react';
import {
  AdjustStockDocument,
  AttachProductImageDocument,
  call,
  CategoriesDocument,
  CreateProductDocument,
  CreateProductImageUploadDocument,
  ListOrdersDocument,
  OnOrderPlacedDocument,
  priceStep,
  ProductListDocument,
  ProductPageDocument,
  shopCurrency,
  toMinorUnits,
  UpdateOrderStatusDocument,
  UpdateProductDocument,
  watch,
  type OrderDetailFragment,
  type ProductDetailsFragment,
  type ProductStatus,
} from '../../index.ts';
import { Link, navigate, useLocation } from './router.tsx';
import { useSession } from './session.tsx';
import { ErrorMessage, Loading, Price, useLoad } from './ui.tsx';

const STATUSES: readonly ProductStatus[] = ['DRAFT', 'ACTIVE', 'ARCHIVED'];

function field(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

function Products() {
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
          {list.data?.listProducts.items.map((p) => (
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
          {STATUSES.map((s) => (
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

async function uploadImage(product: ProductDetailsFragment, file: File, alt: string): Promise<ProductDetailsFragment> {
  const { createProductImageUpload: upload } = await call(CreateProductImageUploadDocument, {
    productId: product.id,
    contentType: file.type,
    contentLength: file.size,
  });
  // S3 POST: every policy field first, the file last. https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPOST.html
  const body = new FormData();
  for (const [name, value] of Object.entries(JSON.parse(upload.fields) as Record<string, string>))
    body.append(name, value);
  body.append('file', file);
  const response = await fetch(upload.url, { method: 'POST', body });
  if (!response.ok) throw new Error(`The image store refused the upload (HTTP ${response.status}).`);
  const { attachProductImage } = await call(AttachProductImageDocument, {
    productId: product.id,
    key: upload.key,
    alt,
  });
  return attachProductImage;
}

function EditProduct({ id }: { id: string }) {
  const loaded = useLoad(() => call(ProductPageDocument, { id }).then((d) => d.product), [id]);
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState<string>();
  if (loaded.loading && !loaded.data) return <Loading />;
  const product = loaded.data;
  if (!product) return <ErrorMessage error={loaded.error ?? new Error('No such product.')} />;
  const attempt = async (run: () => Promise<ProductDetailsFragment | null>, done: string) => {
    setError(undefined);
    setNote(undefined);
    try {
      const next = await run();
      if (next) loaded.set(next);
      setNote(done);
    } catch (thrown) {
      setError(thrown);
    }
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void attempt(
      () =>
        call(UpdateProductDocument, {
          // The version this form was loaded with: a change by someone else since then is a ConflictError.
          input: {
            id,
            expectedVersion: product.version,
            name: field(form, 'name'),
            description: field(form, 'description'),
            status: field(form, 'status') as ProductStatus,
          },
        }).then((d) => d.updateProduct),
      'Saved.',
    );
  };
  const adjust = (sku: string, event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const delta = Number(field(new FormData(event.currentTarget), 'delta'));
    void attempt(async () => {
      await call(AdjustStockDocument, { sku, delta });
      return (await call(ProductPageDocument, { id })).product;
    }, `Stock of ${sku} adjusted by ${delta}.`);
  };
  const upload = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('image');
    if (!(file instanceof File) || !file.size) return setError(new Error('Choose an image file first.'));
    void attempt(() => uploadImage(product, file, field(form, 'alt')), 'Image uploaded.');
  };
  return (
    <>
      <h1>Edit {product.name}</h1>
      <p>
        Version {product.version} · <Link to="/admin/">Back to products</Link>
      </p>
      <form key={product.version} onSubmit={save} aria-label="Product details" className="stack">
        <label htmlFor="edit-name">Name</label>
        <input id="edit-name" name="name" defaultValue={product.name} required />
        <label htmlFor="edit-description">Description</label>
        <textarea id="edit-description" name="description" defaultValue={product.description ?? ''} />
        <label htmlFor="edit-status">Status</label>
        <select id="edit-status" name="status" defaultValue={product.status}>
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <button type="submit">Save</button>
      </form>
      <p role="status">{note}</p>
      <ErrorMessage error={error} />
      {error ? (
        <button type="button" onClick={loaded.reload}>
          Reload the latest version
        </button>
      ) : null}
      <h2>Variants and stock</h2>
      <ul>
        {product.variants.map((v) => (
          <li key={v.sku}>
            {v.name} ({v.sku}) — <Price money={v.price} /> — stock {v.stock}
            <form onSubmit={(e) => adjust(v.sku, e)} aria-label={`Adjust stock of ${v.sku}`}>
              <label htmlFor={`delta-${v.sku}`}>Change stock of {v.sku} by</label>{' '}
              <input id={`delta-${v.sku}`} name="delta" type="number" step="1" required />{' '}
              <button type="submit">Adjust</button>
            </form>
          </li>
        ))}
      </ul>
      <h2>Images</h2>
      <ul className="grid">
        {product.images.map((image) => (
          <li key={image.key}>
            <img src={image.url} alt={image.alt ?? ''} width={160} height={120} />
          </li>
        ))}
      </ul>
      <form onSubmit={upload} aria-label="Upload an image">
        <label htmlFor="image">Image (JPEG, PNG, WebP or AVIF, up to 10 MiB)</label>{' '}
        <input id="image" name="image" type="file" accept="image/jpeg,image/png,image/webp,image/avif" />{' '}
        <label htmlFor="alt">Alt text</label> <input id="alt" name="alt" /> <button type="submit">Upload image</button>
      </form>
    </>
  );
}

function OrderCard({ order, onChange }: { order: OrderDetailFragment; onChange(order: OrderDetailFragment): void }) {
  const [error, setError] = useState<unknown>();
  const move = async (status: OrderDetailFragment['status']) => {
    setError(undefined);
    try {
      onChange((await call(UpdateOrderStatusDocument, { id: order.id, status })).updateOrderStatus);
    } catch (thrown) {
      setError(thrown);
    }
  };
  return (
    <li className="order" data-order-id={order.id} aria-label={`Order ${order.id}`}>
      <h3>Order {order.id}</h3>
      <p>
        <span data-testid={`status-${order.id}`}>{order.status}</span> — <Price money={order.total} /> —{' '}
        {order.lines.map((l) => `${l.quantity} × ${l.sku}`).join(', ')}
      </p>
      {order.nextStatuses.map((status) => (
        <button key={status} type="button" onClick={() => void move(status)}>
          {/* the order's id is read to screen readers, not shown: the card's heading already shows it */}
          Mark <span className="visually-hidden">{order.id} </span>as {status}
        </button>
      ))}
      <ErrorMessage error={error} />
    </li>
  );
}

function OrdersBoard() {
  const [orders, setOrders] = useState<OrderDetailFragment[]>([]);
  const list = useLoad(() => call(ListOrdersDocument, { limit: 50 }).then((d) => d.listOrders.items), []);
  useEffect(() => {
    if (list.data) setOrders(list.data);
  }, [list.data]);
  useEffect(() => {
    // New orders appear live (AppSync real-time, admins only).
    const subscription = watch(
      OnOrderPlacedDocument,
      {},
      {
        next: (d) => {
          const placed = d.onOrderPlaced;
          if (placed) setOrders((all) => [placed, ...all.filter((o) => o.id !== placed.id)]);
        },
      },
    );
    return () => subscription.unsubscribe();
  }, []);
  const replace = (next: OrderDetailFragment) => setOrders((all) => all.map((o) => (o.id === next.id ? next : o)));
  return (
    <>
      <h1>Orders</h1>
      <ErrorMessage error={list.error} />
      {list.loading ? <Loading /> : null}
      <ul className="board" aria-live="polite">
        {orders.map((o) => (
          <OrderCard key={o.id} order={o} onChange={replace} />
        ))}
      </ul>
    </>
  );
}

export function Admin() {
  const { session } = useSession();
  const url = useLocation();
  if (session === undefined) return <Loading />;
  if (!session?.groups.includes('admin')) {
    return (
      <>
        <h1>Admins only</h1>
        <p role="alert">
          This area is for shop staff in the admin group.{' '}
          {session ? `${session.email} is not an admin.` : <Link to="/shop/account">Sign in</Link>}
        </p>
      </>
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  const product = /^\/admin\/product\/([^/]+)$/.exec(path);
  if (product?.[1]) return <EditProduct id={decodeURIComponent(product[1])} />;
  if (path === '/admin/orders') return <OrdersBoard />;
  return <Products />;
}
