// The statuses an admin can give a product (the schema's ProductStatus), in the order the selects list them.
import type { ProductStatus } from '../../../../index.ts';

export const PRODUCT_STATUSES: readonly ProductStatus[] = ['DRAFT', 'ACTIVE', 'ARCHIVED'];
