// The `extensions` global. Calls are recorded; the executor decides whether they were allowed where
// they were made (filters only in subscription response handlers, invalidation only in mutations).
import { currentState } from './state.ts';
import type { SubscriptionFilter } from './util/transform/subscription-filter.ts';

function isFilter(value: unknown): value is SubscriptionFilter {
  return typeof value === 'object' && value !== null && Array.isArray((value as { filterGroup?: unknown }).filterGroup);
}

export const extensions = {
  setSubscriptionFilter(filter: SubscriptionFilter): void {
    if (!isFilter(filter)) throw new TypeError('extensions.setSubscriptionFilter expects { filterGroup: [...] }');
    currentState().subscriptionFilter = filter;
  },
  setSubscriptionInvalidationFilter(filter: SubscriptionFilter): void {
    if (!isFilter(filter))
      throw new TypeError('extensions.setSubscriptionInvalidationFilter expects { filterGroup: [...] }');
    currentState().subscriptionInvalidationFilter = filter;
  },
  invalidateSubscriptions(invalidation: { subscriptionField?: unknown; payload?: unknown }): void {
    if (typeof invalidation?.subscriptionField !== 'string') {
      throw new TypeError('extensions.invalidateSubscriptions expects { subscriptionField, payload }');
    }
    currentState().invalidations.push({
      subscriptionField: invalidation.subscriptionField,
      payload: invalidation.payload ?? {},
    });
  },
  // The local API has no cache (README: no API caching), so there is nothing to evict and nothing
  // worth recording: AppSync would report apiCacheEntriesDeleted, which is 0 here.
  evictFromApiCache(_typeName: string, _fieldName: string, _keyValuePair: Record<string, unknown>): void {},
};
