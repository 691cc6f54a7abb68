// Where the app's connection comes from. On the web, /mobile/config.json beside the app (npm start serves the
// public part of outputs.local.json there; a deployment serves the stack's outputs there). On a phone, the
// stack's outputs baked into app.json's extra.shopOutputs, or EXPO_PUBLIC_SHOP_ORIGIN's /mobile/config.json
// (the local stack seen from a simulator: README "The local certificate").
import Constants from 'expo-constants';
import { Platform } from 'react-native';
import type { ShopOutputs } from '../../index.ts';

export const CONFIG_PATH = '/mobile/config.json';

/** The origin the app is served from (web) or that serves it its connection and payment returns (phone). */
export function shopOrigin(): string {
  if (Platform.OS === 'web') return window.location.origin;
  return process.env.EXPO_PUBLIC_SHOP_ORIGIN ?? 'http://127.0.0.1:4000';
}

function configUrl(): string {
  return Platform.OS === 'web' ? CONFIG_PATH : `${shopOrigin()}${CONFIG_PATH}`;
}

export async function loadOutputs(): Promise<ShopOutputs> {
  const baked = Constants.expoConfig?.extra?.['shopOutputs'] as ShopOutputs | undefined;
  if (baked && Platform.OS !== 'web') return baked;
  // The twin answers 503 for a moment while it starts: try again for up to ten seconds.
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(configUrl(), { cache: 'no-store' });
    if (response.ok) return (await response.json()) as ShopOutputs;
    if (response.status !== 503 || attempt >= 20) throw new Error(`GET ${configUrl()} answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
