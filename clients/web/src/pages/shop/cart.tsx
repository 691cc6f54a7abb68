// /shop/cart: the customer's cart (quantities editable, lines removable) or, before sign-in, the lines
// picked so far, which move into the customer's cart on sign-in (session.tsx).
import { useState } from 'react';
import {
  call,
  MyCartDocument,
  RemoveFromCartDocument,
  SetCartItemQuantityDocument,
  type CartContentsFragment,
} from '../../../../index.ts';
import { Link } from '../../router.tsx';
import { useSession, type PendingLine } from '../../session.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

type Change = (run: () => Promise<CartContentsFragment>) => Promise<void>;

function GuestCart({ pending, clearPending }: { pending: readonly PendingLine[]; clearPending(): void }) {
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

function CartLine({ item, change }: { item: CartContentsFragment['items'][number]; change: Change }) {
  return (
    <tr>
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
                call(SetCartItemQuantityDocument, { sku: item.sku, quantity }).then((d) => d.setCartItemQuantity),
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
  );
}

function CartTable({ cart, change }: { cart: CartContentsFragment; change: Change }) {
  return (
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
        {cart.items.map((item) => (
          <CartLine key={item.sku} item={item} change={change} />
        ))}
      </tbody>
    </table>
  );
}

export function CartPage() {
  const { session, pending, clearPending } = useSession();
  const cart = useLoad(
    () => (session ? call(MyCartDocument, {}).then((d) => d.myCart) : Promise.resolve(undefined)),
    [session],
  );
  const [error, setError] = useState<unknown>();
  const change: Change = async (run) => {
    setError(undefined);
    try {
      cart.set(await run());
    } catch (thrown) {
      setError(thrown);
    }
  };
  if (!session) return <GuestCart pending={pending} clearPending={clearPending} />;
  if (cart.loading && !cart.data) return <Loading />;
  const c = cart.data;
  return (
    <>
      <h1>Your cart</h1>
      <ErrorMessage error={cart.error ?? error} />
      {!c?.items.length ? <p>Your cart is empty.</p> : null}
      {c?.items.length ? <CartTable cart={c} change={change} /> : null}
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
