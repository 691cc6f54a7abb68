// The admin app (group `admin` only), its own lazy chunk (app.tsx): the gate, then each path under /admin/
// and the page (pages/admin/) that shows it: products, create/edit with expectedVersion, stock, images, orders,
// shipping methods, tax rates and promotion codes.
import { EditProduct } from './pages/admin/edit-product.tsx';
import { OrdersBoard } from './pages/admin/orders-board.tsx';
import { Products } from './pages/admin/products.tsx';
import { PromotionCodes } from './pages/admin/promotion-codes.tsx';
import { ShippingMethods } from './pages/admin/shipping-methods.tsx';
import { TaxRates } from './pages/admin/tax-rates.tsx';
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
  switch (path) {
    case '/admin/orders':
      return <OrdersBoard />;
    case '/admin/shipping':
      return <ShippingMethods />;
    case '/admin/tax':
      return <TaxRates />;
    case '/admin/promotions':
      return <PromotionCodes />;
    default:
      return <Products />;
  }
}
