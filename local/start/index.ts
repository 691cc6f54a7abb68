// `npm start`: the synthesized stack offline (startShop), its CLI (main), and what it writes.
export { main } from './main.ts';
export type { LocalOutputs } from './outputs.ts';
export { startShop, type RunningShop, type StartShopOptions } from './start-shop.ts';
export { ensureSynthesized } from './synthesize.ts';
// the demo pictures' PNG encoder; tests upload its images too
export { makePng } from './seed/png.ts';
export { ENDPOINTS_FILE, type LocalEndpoints } from './steps/write-outputs.ts';
