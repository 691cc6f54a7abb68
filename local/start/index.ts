// The door to `npm start`'s room for code outside local/start (benchmarks, tools): start the shop
// in process, and the outputs it writes.
export { startShop, type RunningShop, type StartShopOptions } from './start-shop.ts';
export type { LocalOutputs } from './outputs.ts';
