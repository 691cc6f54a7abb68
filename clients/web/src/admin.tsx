// The admin app (group `admin` only), its own lazy chunk (app.tsx): the gate, then each path under /admin/
// and the page (pages/admin/) that shows it: products, create/edit with expectedVersion, stock, images, orders.
import { EditProduct } from './pages/admin/edit-product.tsx';
import { OrdersBoard } from './pages/admin/orders-board.tsx';
import { Products } from './pages/admin/products.tsx';
import { Link, useLocation } from './router.tsx';
import { useSession } from './session.tsx';
import { Loading } from './ui.tsx';

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
