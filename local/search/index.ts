// The door to local/search: the search twin, an OpenSearch REST subset (docs/search.md) over its own
// columnar index on loopback, SigV4-checked, with OpenSearch's DescribeDomain on the same port.
export { ENGINE_VERSION, startSearchServer, type SearchServer, type SearchServerOptions } from './server.ts';
export type { Mapping } from './search-index.ts';
export type { Credentials } from './sigv4.ts';
