// The storefront's routes: each path under /shop/ and the page (pages/shop/) that shows it; anything else is home.
import { Account } from './pages/shop/account.tsx';
import { CartPage } from './pages/shop/cart.tsx';
import { Checkout } from './pages/shop/checkout.tsx';
import { Home } from './pages/shop/home.tsx';
import { OrderPage } from './pages/shop/order.tsx';
import { Orders } from './pages/shop/orders.tsx';
import { ProductPage } from './pages/shop/product.tsx';
import { Search } from './pages/shop/search.tsx';
import { useLocation } from './router.tsx';

export function Shop() {
  const url = useLocation();
  const path = url.pathname.replace(/\/+$/, '');
  const product = /^\/shop\/product\/([^/]+)$/.exec(path);
  if (product?.[1]) return <ProductPage id={decodeURIComponent(product[1])} />;
  const order = /^\/shop\/order\/([^/]+)$/.exec(path);
  if (order?.[1]) return <OrderPage id={decodeURIComponent(order[1])} />;
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
