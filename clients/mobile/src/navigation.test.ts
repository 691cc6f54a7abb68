// The URLs the app is opened by: the hosted payment page's return on the web, the deep link on a phone.
import { describe, expect, it } from 'vitest';
import { routeOf, routePath } from './navigation.tsx';

describe('routeOf', () => {
  it('reads the payment return on the web and the app scheme on a phone', () => {
    expect(routeOf('http://127.0.0.1:4000/mobile/orders?placed=o-1&payment=success&session_id=cs_1')).toEqual({
      name: 'orders',
      placed: 'o-1',
      payment: 'success',
    });
    expect(routeOf('serverlessshop://orders?placed=o-2')).toEqual({ name: 'orders', placed: 'o-2' });
    expect(routeOf('https://shop.example.com/mobile/product/p%2F1')).toEqual({ name: 'product', id: 'p/1' });
    expect(routeOf('serverlessshop://checkout')).toEqual({ name: 'checkout' });
  });

  it('opens the catalog for anything else', () => {
    for (const url of [null, '', 'not a url', 'http://127.0.0.1:4000/mobile/', 'http://x/mobile/admin', 'exp://x']) {
      expect(routeOf(url)).toEqual({ name: 'catalog' });
    }
  });

  it('turns every route back into the path it is read from', () => {
    const routes = [
      { name: 'catalog' },
      { name: 'product', id: 'p/1 ü' },
      { name: 'cart' },
      { name: 'checkout' },
      { name: 'orders', placed: 'o-3' },
      { name: 'account' },
    ] as const;
    for (const route of routes) expect(routeOf(`https://h/mobile/${routePath(route)}`)).toEqual(route);
  });
});
