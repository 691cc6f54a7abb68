// The pages measured, in order (the first is the storefront's landing page, held to the size target),
// each with who is signed in and what a user sees once it has loaded (roles and names from
// clients/web/src/pages/ (one file per page)).
import type { Page } from 'playwright-core';
import type { Role } from './sessions.ts';

export interface PageSpec {
  name: string;
  path: string;
  role: Role;
  /** resolves once the page shows what it is for */
  ready(page: Page): Promise<void>;
}

const heading = (name: string) => (page: Page) => page.getByRole('heading', { name, exact: true }).first().waitFor();
const firstCard = (region: string) => (page: Page) =>
  page.getByRole('region', { name: region }).getByRole('listitem').first().waitFor();

export const SEARCH_QUERY = 'mug';

export function benchPages(productId: string): PageSpec[] {
  return [
    { name: 'home', path: '/shop/', role: 'anonymous', ready: firstCard('Newest products') },
    { name: 'search', path: `/shop/search?q=${SEARCH_QUERY}`, role: 'anonymous', ready: firstCard('Results') },
    { name: 'product', path: `/shop/product/${productId}`, role: 'anonymous', ready: heading('Variants') },
    { name: 'cart', path: '/shop/cart', role: 'shopper', ready: heading('Your cart') },
    { name: 'checkout', path: '/shop/checkout', role: 'shopper', ready: heading('Checkout') },
    { name: 'account (sign in)', path: '/shop/account', role: 'anonymous', ready: heading('Sign in') },
    { name: 'my orders', path: '/shop/orders', role: 'shopper', ready: heading('My orders') },
    { name: 'admin products', path: '/admin/', role: 'admin', ready: heading('Create a product') },
    { name: 'admin orders board', path: '/admin/orders', role: 'admin', ready: heading('Orders') },
    // The Expo app's web target (clients/mobile): one bundle for every screen, measured on its catalog.
    {
      name: 'mobile app: catalog',
      path: '/mobile/',
      role: 'anonymous',
      ready: (page) => page.getByRole('list', { name: 'Products' }).getByRole('link').first().waitFor(),
    },
  ];
}
