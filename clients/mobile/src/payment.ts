// Paying on the hosted payment page. On a phone it opens in an in-app browser session that closes when the
// page sends the shopper to returnUrl; on the web the tab itself goes there and comes back to returnUrl.
// https://docs.expo.dev/versions/latest/sdk/webbrowser/#webbrowseropenauthsessionasyncurl-redirecturl-options
import * as WebBrowser from 'expo-web-browser';
import { Platform } from 'react-native';
import { call, StartPaymentDocument } from '../../index.ts';
import { routePath } from './navigation.tsx';
import { shopOrigin } from './connection.ts';

/**
 * Where the hosted page sends the shopper back: this app's orders screen on the shop's own origin (startPayment
 * accepts only the stack's storefront origins, so never a custom scheme).
 */
export function returnUrl(orderId: string): string {
  return `${shopOrigin()}/mobile/${routePath({ name: 'orders', placed: orderId })}`;
}

/** 'left' when the web page navigated away (it comes back at returnUrl), 'back' when the in-app browser closed. */
export async function payForOrder(orderId: string): Promise<'left' | 'back'> {
  const back = returnUrl(orderId);
  const { startPayment } = await call(StartPaymentDocument, { orderId, returnUrl: back });
  if (Platform.OS === 'web') {
    window.location.assign(startPayment.url);
    return 'left';
  }
  // iOS and Android close the session when the page loads a URL starting with `back`. UNVERIFIED on a device:
  // an https callback needs iOS 17.4+; on older systems the shopper closes the sheet and the order shows live.
  await WebBrowser.openAuthSessionAsync(startPayment.url, back);
  return 'back';
}
