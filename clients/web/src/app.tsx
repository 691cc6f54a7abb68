// The shell: skip link, navigation for the storefront or the admin, and the page. The admin is its own
// chunk (React.lazy), so shoppers never download it: https://react.dev/reference/react/lazy
import { lazy, Suspense } from 'react';
import { Link, useLocation } from './router.tsx';
import { useSession } from './session.tsx';
import { Shop } from './shop.tsx';

const Admin = lazy(() => import('./admin.tsx').then((module) => ({ default: module.Admin })));

export function App() {
  const { session, pending } = useSession();
  const admin = useLocation().pathname.startsWith('/admin');
  return (
    <>
      <a href="#main" className="skip">
        Skip to content
      </a>
      <header>
        <nav aria-label={admin ? 'Admin' : 'Shop'}>
          {admin ? (
            <>
              <Link to="/admin/">Products</Link> <Link to="/admin/orders">Orders board</Link>{' '}
              <Link to="/admin/shipping">Shipping methods</Link> <Link to="/admin/tax">Tax rates</Link>{' '}
              <Link to="/admin/promotions">Promotion codes</Link> <Link to="/shop/">Storefront</Link>
            </>
          ) : (
            <>
              <Link to="/shop/">Home</Link> <Link to="/shop/search">Search</Link>{' '}
              <Link to="/shop/cart">{`Cart${session || !pending.length ? '' : ` (${pending.length})`}`}</Link>{' '}
              <Link to="/shop/orders">My orders</Link>{' '}
              <Link to="/shop/account">{session ? `Account (${session.email})` : 'Sign in'}</Link>
            </>
          )}
        </nav>
      </header>
      <main id="main">
        {admin ? (
          <Suspense fallback={<p role="status">Loading the admin…</p>}>
            <Admin />
          </Suspense>
        ) : (
          <Shop />
        )}
      </main>
    </>
  );
}
