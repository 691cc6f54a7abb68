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
    if (!isFilter(filter)) throw new TypeError('extensions.setSubscriptionInvalidationFilter expects { filterGroup: [...] }');
    currentState().subscriptionInvalidationFilter = filter;
  },
  invalidateSubscriptions(invalidation: { subscriptionField?: unknown; payload?: unknown }): void {
    if (typeof invalidation?.subscriptionField !== 'string') {
      throw new TypeError('extensions.invalidateSubscriptions expects { subscriptionField, payload }');
    }
    currentState().invalidations.push({ subscriptionField: invalidation.subscriptionField, payload: invalidation.payload ?? {} });
  },
  evictFromApiCache(typeName: string, fieldName: string, keyValuePair: Record<string, unknown>): void {
    currentState().apiCacheEvictions.push({ typeName, fieldName, keys: keyValuePair });
  },
};
