// The package web and mobile apps import: typed documents, configuration and the typed API seam (no DOM).
export * from './generated/graphql.ts';
export { configureShop, DEFAULT_CURRENCY, shopCurrency, toConnection } from './config.ts';
export type { LocalShopOutputs, ShopConnection, ShopOutputs, StackOutputs } from './config.ts';
export { call, describeError, ShopApiError, watch } from './api.ts';
export type { AuthMode, ShopError, Subscription } from './api.ts';
export { currencyDecimals, formatMoney, priceStep, toMinorUnits } from './money.ts';
