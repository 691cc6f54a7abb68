// Which screen is showing, as a small state machine instead of a router package: the app has six screens, and
// the one deep link it is opened by (the payment's return) names a screen and an order.
import { createContext, useContext } from 'react';

export type Route =
  | { name: 'catalog' }
  | { name: 'product'; id: string }
  | { name: 'cart' }
  | { name: 'checkout' }
  | { name: 'orders'; placed?: string; payment?: string }
  | { name: 'account' };

export interface Navigation {
  route: Route;
  go(route: Route): void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}

/** The path of a route under the app's base (/mobile/ on the web, serverlessshop:// on a phone). */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'product':
      return `product/${encodeURIComponent(route.id)}`;
    case 'orders':
      return route.placed ? `orders?placed=${encodeURIComponent(route.placed)}` : 'orders';
    case 'catalog':
      return '';
    default:
      return route.name;
  }
}

/**
 * The route a URL opens: https://host/mobile/orders?placed=…&payment=success (the hosted page's return on the
 * web), serverlessshop://orders?placed=… (the deep link on a phone), anything else the catalog.
 */
export function routeOf(url: string | null): Route {
  if (!url) return { name: 'catalog' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { name: 'catalog' };
  }
  // A custom scheme puts the first segment in the host: serverlessshop://orders is host "orders".
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  const path = (web ? parsed.pathname.replace(/^\/mobile/, '') : `/${parsed.host}${parsed.pathname}`).split('/');
  const [, first, second] = path;
  if (first === 'product' && second) return { name: 'product', id: decodeURIComponent(second) };
  if (first === 'orders') {
    const placed = parsed.searchParams.get('placed') ?? undefined;
    const payment = parsed.searchParams.get('payment') ?? undefined;
    return { name: 'orders', ...(placed ? { placed } : {}), ...(payment ? { payment } : {}) };
  }
  if (first === 'cart' || first === 'checkout' || first === 'account') return { name: first };
  return { name: 'catalog' };
}
