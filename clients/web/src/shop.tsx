// The storefront: home, search, product, cart, checkout, account (sign-up/in/out) and my orders.
import { confirmSignUp, signIn, signUp } from 'aws-amplify/auth';
import { useEffect, useState, type FormEvent } from 'react';
import {
  call,
  CheckoutDocument,
  MyCartDocument,
  MyOrdersDocument,
  OnMyOrderStatusChangedDocument,
  ProductListDocument,
  ProductPageDocument,
  RemoveFromCartDocument,
  SearchProductsDocument,
  SetCartItemQuantityDocument,
  watch,
  AddToCartDocument,
  formatMoney,
  shopCurrency,
  type CartContentsFragment,
  type ProductCardFragment,
  type ProductSort,
  type OrderSummaryFragment,
} from '../../index.ts';
import { describeAuthError } from './auth-errors.ts';
import { categoryName, useCategories } from './categories.tsx';
import { Link, navigate, useLocation } from './router.tsx';
import { useSession } from './session.tsx';
import { ErrorMessage, Loading, Price, useLoad } from './ui.tsx';

function ProductGrid({ products }: { products: readonly ProductCardFragment[] }) {
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

function Home() {
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

const SORTS: ReadonlyArray<readonly [ProductSort, string]> = [
  ['RELEVANCE', 'Best match'],
  ['NEWEST', 'Newest'],
  ['PRICE_ASC', 'Price: low to high'],
  ['PRICE_DESC', 'Price: high to low'],
];

function Search() {
  const url = useLocation();
  const params = url.searchParams;
  const query = params.get('q') ?? '';
  const category = params.get('category');
  const tag = params.get('tag');
  const band = params.get('price');
  const inStock = params.get('inStock') === '1';
  const sort = (params.get('sort') as ProductSort | null) ?? (query ? 'RELEVANCE' : 'NEWEST');
  const [min, max] = band ? band.split('-').map((n) => (n === '' ? null : Number(n))) : [null, null];
  const result = useLoad(
    () =>
      call(
        SearchProductsDocument,
        {
          query: query || null,
          sort,
          limit: 24,
          filter: {
            ...(category ? { categoryIds: [category] } : {}),
            ...(tag ? { tags: [tag] } : {}),
            ...(min !== null && min !== undefined ? { minPrice: min } : {}),
            ...(max !== null && max !== undefined ? { maxPrice: max } : {}),
            ...(inStock ? { inStock: true } : {}),
          },
        },
        'apiKey',
      ),
    [url.search],
  );
  const go = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    navigate(`/shop/search?${next.toString()}`);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ q: String(new FormData(event.currentTarget).get('q') ?? '') });
  };
  const facets = result.data?.searchProducts.facets;
  const categories = useCategories();
  // Facet bounds are minor units of the shop's one currency, like every price.
  const price = (amount: number) => formatMoney({ amount, currency: shopCurrency() });
  return (
    <>
      <h1>Search</h1>
      <form role="search" onSubmit={onSubmit}>
        <label htmlFor="q">Search products</label> <input id="q" name="q" type="search" defaultValue={query} />{' '}
        <button type="submit">Search</button> <label htmlFor="sort">Sort by</label>{' '}
        <select id="sort" value={sort} onChange={(e) => go({ sort: e.target.value })}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>{' '}
        <label>
          <input type="checkbox" checked={inStock} onChange={(e) => go({ inStock: e.target.checked ? '1' : null })} />
          {' In stock only'}
        </label>
      </form>
      <div className="search">
        <aside aria-label="Filters">
          <h2>Category</h2>
          <ul>
            {facets?.categories.map((f) => (
              <li key={f.value}>
                <button type="button" aria-pressed={category === f.value} onClick={() => go({ category: f.value })}>
                  {categoryName(categories.data, f.value)} ({f.count})
                </button>
              </li>
            ))}
          </ul>
          <h2>Tags</h2>
          <ul>
            {facets?.tags.map((f) => (
              <li key={f.value}>
                <button type="button" aria-pressed={tag === f.value} onClick={() => go({ tag: f.value })}>
                  {f.value} ({f.count})
                </button>
              </li>
            ))}
          </ul>
          <h2>Price</h2>
          <ul>
            {facets?.priceRanges.map((f) => {
              const key = `${f.min}-${f.max ?? ''}`;
              return (
                <li key={key}>
                  <button type="button" aria-pressed={band === key} onClick={() => go({ price: key })}>
                    {f.max === null ? `${price(f.min)}+` : `${price(f.min)}–${price(f.max)}`} ({f.count})
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => navigate('/shop/search')}>
            Clear filters
          </button>
        </aside>
        <section aria-label="Results" aria-live="polite">
          <ErrorMessage error={result.error} />
          {result.data ? <p>{result.data.searchProducts.total} products</p> : null}
          {result.loading ? <Loading /> : <ProductGrid products={result.data?.searchProducts.items ?? []} />}
        </section>
      </div>
    </>
  );
}

function ProductPage({ id }: { id: string }) {
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

function CartPage() {
  const { session, pending, clearPending } = useSession();
  const cart = useLoad(
    () => (session ? call(MyCartDocument, {}).then((d) => d.myCart) : Promise.resolve(undefined)),
    [session],
  );
  const [error, setError] = useState<unknown>();
  const change = async (run: () => Promise<CartContentsFragment>) => {
    setError(undefined);
    try {
      cart.set(await run());
    } catch (thrown) {
      setError(thrown);
    }
  };
  if (!session) {
    return (
      <>
        <h1>Your cart</h1>
        <ul>
          {pending.map((l) => (
            <li key={l.sku}>
              {l.name} × {l.quantity}
            </li>
          ))}
        </ul>
        {pending.length ? (
          <button type="button" onClick={clearPending}>
            Empty cart
          </button>
        ) : (
          <p>Your cart is empty.</p>
        )}
        <p>
          <Link to="/shop/account">Sign in</Link> to check out.
        </p>
      </>
    );
  }
  if (cart.loading && !cart.data) return <Loading />;
  const c = cart.data;
  return (
    <>
      <h1>Your cart</h1>
      <ErrorMessage error={cart.error ?? error} />
      {!c?.items.length ? <p>Your cart is empty.</p> : null}
      {c?.items.length ? (
        <table>
          <caption>Cart lines</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Quantity</th>
              <th scope="col">Price</th>
              <th scope="col">Total</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {c.items.map((item) => (
              <tr key={item.sku}>
                <td>
                  {item.name} ({item.sku}){item.inStock ? '' : ' — out of stock'}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`qty-${item.sku}`}>
                    Quantity of {item.name}
                  </label>
                  <input
                    id={`qty-${item.sku}`}
                    type="number"
                    min={0}
                    max={99}
                    defaultValue={item.quantity}
                    onBlur={(e) => {
                      const quantity = Number(e.target.value);
                      if (quantity !== item.quantity)
                        void change(() =>
                          call(SetCartItemQuantityDocument, { sku: item.sku, quantity }).then(
                            (d) => d.setCartItemQuantity,
                          ),
                        );
                    }}
                  />
                </td>
                <td>
                  <Price money={item.unitPrice} />
                </td>
                <td>
                  <Price money={item.lineTotal} />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void change(() => call(RemoveFromCartDocument, { sku: item.sku }).then((d) => d.removeFromCart))
                    }
                  >
                    Remove {item.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {c?.items.length ? (
        <>
          <p>
            {c.itemCount} items, subtotal <Price money={c.subtotal} />
          </p>
          <Link to="/shop/checkout" className="button">
            Check out
          </Link>
        </>
      ) : null}
    </>
  );
}

function newAttemptKey(): string {
  return crypto.randomUUID();
}

function Checkout() {
  const { session } = useSession();
  // One key per purchase attempt: a retry after a network failure reuses it, so it can never order twice.
  const [attemptKey] = useState(newAttemptKey);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (!session) return <ErrorMessage error={new Error('Please sign in to check out.')} />;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(undefined);
    try {
      const { checkout } = await call(CheckoutDocument, {
        input: {
          idempotencyKey: attemptKey,
          shippingAddress: {
            name: field('name'),
            line1: field('line1'),
            line2: field('line2') || null,
            city: field('city'),
            region: field('region') || null,
            postalCode: field('postalCode') || null,
            country: field('country').toUpperCase(),
          },
        },
      });
      navigate(`/shop/orders?placed=${encodeURIComponent(checkout.id)}`);
    } catch (thrown) {
      setError(thrown);
    } finally {
      setBusy(false);
    }
  };
  const input = (name: string, label: string, required = true, autoComplete?: string) => (
    <p>
      <label htmlFor={`addr-${name}`}>
        {label}
        {required ? '' : ' (optional)'}
      </label>
      <input id={`addr-${name}`} name={name} required={required} autoComplete={autoComplete} />
    </p>
  );
  return (
    <>
      <h1>Checkout</h1>
      <form onSubmit={(e) => void onSubmit(e)} aria-label="Shipping address">
        {input('name', 'Full name', true, 'name')}
        {input('line1', 'Address line 1', true, 'address-line1')}
        {input('line2', 'Address line 2', false, 'address-line2')}
        {input('city', 'City', true, 'address-level2')}
        {input('region', 'State or region', false, 'address-level1')}
        {input('postalCode', 'Postal code', false, 'postal-code')}
        {input('country', 'Country code (e.g. US)', true, 'country')}
        <button type="submit" disabled={busy}>
          Place order
        </button>
      </form>
      <ErrorMessage error={error} />
    </>
  );
}

function Account() {
  const { session, refresh, signOut } = useSession();
  const [mode, setMode] = useState<'signIn' | 'signUp' | 'confirm'>('signIn');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState<string>();
  if (session) {
    return (
      <>
        <h1>Your account</h1>
        <p>Signed in as {session.email}.</p>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </>
    );
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const address = String(form.get('email') ?? email);
    setError(undefined);
    try {
      if (mode === 'signUp') {
        await signUp({ username: address, password, options: { userAttributes: { email: address } } });
        setEmail(address);
        setMode('confirm');
        setNote('We sent you a code. Running locally? The code is printed in the npm start log.');
      } else if (mode === 'confirm') {
        await confirmSignUp({ username: address, confirmationCode: String(form.get('code') ?? '') });
        setMode('signIn');
        setNote('Confirmed: sign in now.');
      } else {
        // USER_PASSWORD_AUTH: the flow the local Cognito twin supports, and allowed by the app client.
        const { isSignedIn, nextStep } = await signIn({
          username: address,
          password,
          options: { authFlowType: 'USER_PASSWORD_AUTH' },
        });
        // Amplify answers an unconfirmed user's sign-in with this step instead of an error.
        if (nextStep.signInStep === 'CONFIRM_SIGN_UP') {
          setMode('confirm');
          setNote('Please confirm your account first with the code we sent you, then sign in.');
          return;
        }
        if (!isSignedIn) throw new Error(`Signing in needs a step this shop does not offer (${nextStep.signInStep}).`);
        await refresh();
        navigate('/shop/cart');
      }
    } catch (thrown) {
      setError(new Error(describeAuthError(thrown, mode)));
    }
  };
  const switchTo = (next: typeof mode) => {
    setMode(next);
    setError(undefined);
    setNote(undefined);
  };
  const titles = { signIn: 'Sign in', signUp: 'Create an account', confirm: 'Confirm your account' };
  return (
    <>
      <h1>{titles[mode]}</h1>
      <form onSubmit={(e) => void submit(e)} aria-label={titles[mode]}>
        <p>
          <label htmlFor="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </p>
        {mode === 'confirm' ? (
          <p>
            <label htmlFor="code">Confirmation code</label>
            <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required />
          </p>
        ) : (
          <p>
            <label htmlFor="password">Password</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete={mode === 'signUp' ? 'new-password' : 'current-password'}
              required
            />
          </p>
        )}
        <button type="submit">{titles[mode]}</button>
      </form>
      <p role="status">{note}</p>
      <ErrorMessage error={error} />
      <p>
        {mode === 'signIn' ? (
          <button type="button" onClick={() => switchTo('signUp')}>
            No account? Create one
          </button>
        ) : (
          <button type="button" onClick={() => switchTo('signIn')}>
            Back to sign in
          </button>
        )}
      </p>
    </>
  );
}

function Orders() {
  const { session } = useSession();
  const orders = useLoad(
    () => (session ? call(MyOrdersDocument, { limit: 20 }).then((d) => d.myOrders.items) : Promise.resolve([])),
    [session],
  );
  const [live, setLive] = useState<Record<string, OrderSummaryFragment>>({});
  useEffect(() => {
    if (!session) return;
    // Live status of every order of mine (AppSync real-time; id omitted = all my orders).
    const subscription = watch(
      OnMyOrderStatusChangedDocument,
      {},
      {
        next: (d) =>
          d.onOrderStatusChanged && setLive((m) => ({ ...m, [d.onOrderStatusChanged!.id]: d.onOrderStatusChanged! })),
      },
    );
    return () => subscription.unsubscribe();
  }, [session]);
  if (!session) return <ErrorMessage error={new Error('Please sign in to see your orders.')} />;
  return (
    <>
      <h1>My orders</h1>
      <ErrorMessage error={orders.error} />
      {orders.loading ? <Loading /> : null}
      <ul className="orders" aria-live="polite">
        {orders.data?.map((o) => {
          const order = live[o.id] ?? o;
          return (
            <li key={o.id} data-order-id={o.id}>
              Order {o.id} — <Price money={order.total} /> —{' '}
              <span className="status" data-testid={`status-${o.id}`}>
                {order.status}
              </span>
            </li>
          );
        })}
      </ul>
      {orders.data?.length === 0 ? <p>No orders yet.</p> : null}
    </>
  );
}

export function Shop() {
  const url = useLocation();
  const path = url.pathname.replace(/\/+$/, '');
  const product = /^\/shop\/product\/([^/]+)$/.exec(path);
  if (product?.[1]) return <ProductPage id={decodeURIComponent(product[1])} />;
  switch (path) {
    case '/shop/search':
      return <Search />;
    case '/shop/cart':
      return <CartPage />;
    case '/shop/checkout':
      return <Checkout />;
    case '/shop/account':
      return <Account />;
    case '/shop/orders':
      return <Orders />;
    default:
      return <Home />;
  }
}
