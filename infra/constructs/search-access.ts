// What each role may send to the search domain, as the IAM actions OpenSearch Service checks
// (https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html): the data source, the index set-up
// behind the `products` alias, and the stream's indexer. Kept apart so the construct and its tests share them.

/** What the resolvers send (docs/search.md): POST /products/_search and the _count/_doc reads. */
export const SEARCH_DATA_SOURCE_ACTIONS = ['es:ESHttpGet', 'es:ESHttpPost'] as const;

/** The index set-up reads the alias (GET /_alias/products) and looks for an index from before it (HEAD /products). */
export const ALIAS_READ_ACTIONS = ['es:ESHttpGet', 'es:ESHttpHead'] as const;

/** ... and swaps it atomically: POST /_aliases. */
export const ALIAS_SWAP_ACTIONS = ['es:ESHttpPost'] as const;

/**
 * ... on the concrete indexes products-v<N> only: create (PUT), read (GET, HEAD), add fields (PUT _mapping),
 * replicas (GET/PUT _settings), fill and list a new one (POST _refresh, _search), drop the old one (DELETE).
 */
export const VERSIONED_INDEX_ACTIONS = [
  'es:ESHttpDelete',
  'es:ESHttpGet',
  'es:ESHttpHead',
  'es:ESHttpPost',
  'es:ESHttpPut',
] as const;

/** What indexing a stream batch sends: POST /_bulk. */
export const BULK_ACTIONS = ['es:ESHttpPost'] as const;
