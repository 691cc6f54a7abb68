// Every key of the single table is built here and nowhere else (docs/data-model.md).

export interface TableKey {
  pk: string;
  sk: string;
}

export function productKey(id: string): TableKey {
  return { pk: `PRODUCT#${id}`, sk: 'PRODUCT' };
}

/** Owned by one product: makes product slugs unique. */
export function productSlugKey(slug: string): TableKey {
  return { pk: `PRODUCTSLUG#${slug}`, sk: 'PRODUCTSLUG' };
}

/** A variant lives under its SKU, so the item itself makes the SKU unique shop-wide. */
export function variantKey(sku: string): TableKey {
  return { pk: `SKU#${sku}`, sk: 'VARIANT' };
}

export function categoryKey(id: string): TableKey {
  return { pk: `CATEGORY#${id}`, sk: 'CATEGORY' };
}

/** Owned by one category: makes category slugs unique. */
export function categorySlugKey(slug: string): TableKey {
  return { pk: `CATEGORYSLUG#${slug}`, sk: 'CATEGORYSLUG' };
}

export function profileKey(sub: string): TableKey {
  return { pk: `CUSTOMER#${sub}`, sk: 'PROFILE' };
}

/** GSI1 partition holding every category, sorted by name. */
export const CATEGORIES_PARTITION = 'CATEGORIES';

export function categoryListingKeys(id: string, name: string): Record<string, string> {
  return { gsi1pk: CATEGORIES_PARTITION, gsi1sk: `${name.toLowerCase()}#${id}` };
}

export interface ListingIndex {
  index: string;
  partitionAttribute: string;
  partition: string;
}

/**
 * Where product listings live: admins read every status, everyone else only ACTIVE products, each
 * optionally within one category. Sort keys are the product's ULID, so descending is newest first.
 */
export function productListingIndex(everyStatus: boolean, categoryId: string | null | undefined): ListingIndex {
  if (categoryId) {
    return everyStatus
      ? { index: 'GSI3', partitionAttribute: 'gsi3pk', partition: `CATEGORY#${categoryId}` }
      : { index: 'GSI4', partitionAttribute: 'gsi4pk', partition: `CATEGORY#${categoryId}#ACTIVE` };
  }
  return everyStatus
    ? { index: 'GSI1', partitionAttribute: 'gsi1pk', partition: 'PRODUCTS' }
    : { index: 'GSI2', partitionAttribute: 'gsi2pk', partition: 'PRODUCTS#ACTIVE' };
}

/** The listing attributes a product item carries for its status and category (ACTIVE ones are sparse). */
export function productListingKeys(id: string, status: string, categoryId: string): Record<string, string | null> {
  const active = status === 'ACTIVE';
  return {
    gsi1pk: 'PRODUCTS',
    gsi1sk: id,
    gsi2pk: active ? 'PRODUCTS#ACTIVE' : null,
    gsi2sk: active ? id : null,
    gsi3pk: `CATEGORY#${categoryId}`,
    gsi3sk: id,
    gsi4pk: active ? `CATEGORY#${categoryId}#ACTIVE` : null,
    gsi4sk: active ? id : null,
  };
}
