// The app: loads its connection, configures Amplify through the shared client, and shows one screen at a time
// under a tab bar. The URL it was opened by (the payment's return, a deep link) picks the first screen.
import * as Linking from 'expo-linking';
import { StatusBar } from 'expo-status-bar';
import { useEffect, useState } from 'react';
import { Platform, ScrollView, StyleSheet, Text, View } from 'react-native';
import { configureShop } from '../../index.ts';
import { loadOutputs } from './connection.ts';
import { NavigationContext, routeOf, routePath, type Route } from './navigation.tsx';
import { AccountScreen } from './screens/account.tsx';
import { CartScreen } from './screens/cart.tsx';
import { CatalogScreen } from './screens/catalog.tsx';
import { CheckoutScreen } from './screens/checkout.tsx';
import { OrdersScreen } from './screens/orders.tsx';
import { ProductScreen } from './screens/product.tsx';
import { SessionProvider, useSession } from './session.tsx';
import { Button, ErrorText, Loading } from './ui.tsx';

function Screen({ route }: { route: Route }) {
  const { email } = useSession();
  const needsSignIn = route.name === 'cart' || route.name === 'checkout' || route.name === 'orders';
  if (needsSignIn && email === undefined) return <Loading what="your session" />;
  if (needsSignIn && !email) return <AccountScreen />;
  switch (route.name) {
    case 'catalog':
      return <CatalogScreen />;
    case 'product':
      return <ProductScreen id={route.id} />;
    case 'cart':
      return <CartScreen />;
    case 'checkout':
      return <CheckoutScreen />;
    case 'orders':
      return <OrdersScreen {...route} />;
    case 'account':
      return <AccountScreen />;
  }
}

function Tabs({ go }: { go(route: Route): void }) {
  return (
    <View role="navigation" aria-label="Sections" style={styles.tabs}>
      <Button kind="plain" label="Shop" onPress={() => go({ name: 'catalog' })} />
      <Button kind="plain" label="Cart" onPress={() => go({ name: 'cart' })} />
      <Button kind="plain" label="Orders" onPress={() => go({ name: 'orders' })} />
      <Button kind="plain" label="Account" onPress={() => go({ name: 'account' })} />
    </View>
  );
}

function Shell({ initial }: { initial: Route }) {
  const [route, setRoute] = useState(initial);
  const go = (next: Route) => {
    setRoute(next);
    // On the web the address bar follows, so a reload or a shared link opens the same screen.
    if (Platform.OS === 'web') window.history.pushState(null, '', `/mobile/${routePath(next)}`);
  };
  // A deep link while the app runs (the in-app browser's return on a phone) switches screens too.
  const url = Linking.useLinkingURL();
  useEffect(() => {
    if (url && Platform.OS !== 'web') setRoute(routeOf(url));
  }, [url]);
  // On the web, the browser's back and forward buttons move between the screens pushed above.
  useEffect(() => {
    if (Platform.OS !== 'web') return;
    const back = () => setRoute(routeOf(window.location.href));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  return (
    <NavigationContext.Provider value={{ route, go }}>
      <View style={styles.app}>
        <Text role="heading" aria-level={1} style={styles.brand}>
          Serverless Shop
        </Text>
        <Tabs go={go} />
        <ScrollView contentContainerStyle={styles.content} keyboardShouldPersistTaps="handled">
          <Screen route={route} />
        </ScrollView>
        <StatusBar style="dark" />
      </View>
    </NavigationContext.Provider>
  );
}

export function App() {
  const [state, setState] = useState<{ initial?: Route; error?: string }>({});
  useEffect(() => {
    Promise.all([loadOutputs(), Linking.getInitialURL()]).then(
      ([outputs, url]) => {
        configureShop(outputs);
        setState({ initial: routeOf(url) });
      },
      (error: unknown) => setState({ error: `The shop could not start: ${String(error)}` }),
    );
  }, []);
  if (state.error) return <ErrorText error={state.error} />;
  if (!state.initial) return <Loading what="the shop" />;
  return (
    <SessionProvider>
      <Shell initial={state.initial} />
    </SessionProvider>
  );
}

const styles = StyleSheet.create({
  app: { flex: 1, backgroundColor: '#f6f7fb', paddingTop: Platform.OS === 'web' ? 0 : 48 },
  brand: { fontSize: 18, fontWeight: '700', paddingHorizontal: 16, paddingTop: 12, color: '#111' },
  tabs: { flexDirection: 'row', justifyContent: 'space-around', paddingHorizontal: 8 },
  content: { padding: 16, paddingBottom: 48 },
});
