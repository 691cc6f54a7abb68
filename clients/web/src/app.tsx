// The shell: skip link, navigation for the storefront or the admin, and the page.
import { Admin } from './admin.tsx';
import { Link, useLocation } from './router.tsx';
import { useSession } from './session.tsx';
import { Shop } from './shop.tsx';

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
              <Link to="/shop/">Storefront</Link>
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
      <main id="main">{admin ? <Admin /> : <Shop />}</main>
    </>
  );
}
