// What the benchmarks share: measuring loops, tables, percentiles, GraphQL calls, shoppers, and `npm start` as a child.
// (sdk-quiet.ts is imported on its own, first, by each entry that loads the AWS SDK.)
export { measureAsync, measureSync, printTable, type Rate } from './measure.ts';
export { percentile } from './percentile.ts';
export { startShopProcess, type ShopProcess, type ShopProcessOptions } from './shop-process.ts';
export { dataOf, post, type GraphQLBody, type GraphQLError } from './graphql.ts';
export { fillCart, inParallel, signIn, signUpShoppers, type CartLine, type Shopper } from './shoppers.ts';
