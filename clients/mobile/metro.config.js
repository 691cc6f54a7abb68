// Metro for the app in the npm workspace: Expo's defaults (they watch the workspace root, so ../*.ts, the
// shared client, bundles), with React pinned to this app's React 19 — the root keeps React 18 for the web app,
// and a package hoisted to the root (react-native-web) would otherwise get that one: two Reacts, broken hooks.
// https://docs.expo.dev/guides/monorepos/
const path = require('node:path');
const { getDefaultConfig } = require('expo/metro-config');

const config = getDefaultConfig(__dirname);
const PINNED = ['react', 'react-dom'];
const fromApp = path.join(__dirname, 'package.json');

config.resolver.resolveRequest = (context, moduleName, platform) => {
  const pinned = PINNED.some((name) => moduleName === name || moduleName.startsWith(`${name}/`));
  const from = pinned ? { ...context, originModulePath: fromApp } : context;
  return from.resolveRequest(from, moduleName, platform);
};

module.exports = config;
