// Every key of the single table is built here and nowhere else (docs/data-model.md): resolvers, the
// functions and the benches import it. Pure functions of strings, so APPSYNC_JS bundles take it as is.

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
  /** The index's sort key: the item's ULID (for cursors that resume after an id). */
  sortAttribute: string;
  partition: string;
}

/**
 * Where product listings live: admins read every status, everyone else only ACTIVE products, each
 * optionally within one category. Sort keys are the product's ULID, so descending is newest first.
 */
export function productListingIndex(everyStatus: boolean, categoryId: string | null | undefined): ListingIndex {
  if (categoryId) {
    return everyStatus
      ? { index: 'GSI3', partitionAttribute: 'gsi3pk', sortAttribute: 'gsi3sk', partition: `CATEGORY#${categoryId}` }
      : {
          index: 'GSI4',
          partitionAttribute: 'gsi4pk',
          sortAttribute: 'gsi4sk',
          partition: `CATEGORY#${categoryId}#ACTIVE`,
        };
  }
  return everyStatus
    ? { index: 'GSI1', partitionAttribute: 'gsi1pk', sortAttribute: 'gsi1sk', partition: 'PRODUCTS' }
    : { index: 'GSI2', partitionAttribute: 'gsi2pk', sortAttribute: 'gsi2sk', partition: 'PRODUCTS#ACTIVE' };
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

/** The caller's one cart: its lines live on this single item (docs/data-model.md, "Cart"). */
export function cartKey(sub: string): TableKey {
  return { pk: `CUSTOMER#${sub}`, sk: 'CART' };
}

/** A used checkout idempotency key: the customer's own namespace, holding the order it made. */
export function checkoutKey(sub: string, idempotencyKey: string): TableKey {
  return { pk: `CUSTOMER#${sub}`, sk: `CHECKOUT#${idempotencyKey}` };
}

export function orderKey(id: string): TableKey {
  return { pk: `ORDER#${id}`, sk: 'ORDER' };
}

/** A Stripe event applied to an order (recordPaymentEvent): written once, so each event is applied at most once. */
export function paymentEventKey(eventId: string): TableKey {
  return { pk: `PAYMENTEVENT#${eventId}`, sk: 'PAYMENTEVENT' };
}

/**
 * Where order listings live: a customer's own orders (GSI1), every order (GSI2), every order in
 * one status (GSI3). Sort keys are the order's ULID, so descending is newest first.
 */
export function orderListingIndex(customerId: string | null, status: string | null | undefined): ListingIndex {
  if (customerId)
    return {
      index: 'GSI1',
      partitionAttribute: 'gsi1pk',
      sortAttribute: 'gsi1sk',
      partition: `CUSTOMER#${customerId}#ORDERS`,
    };
  return status
    ? { index: 'GSI3', partitionAttribute: 'gsi3pk', sortAttribute: 'gsi3sk', partition: `ORDERS#${status}` }
    : { index: 'GSI2', partitionAttribute: 'gsi2pk', sortAttribute: 'gsi2sk', partition: 'ORDERS' };
}

/** The listing attributes an order carries; gsi3pk follows its status. */
export function orderListingKeys(id: string, customerId: string, status: string): Record<string, string> {
  return {
    gsi1pk: `CUSTOMER#${customerId}#ORDERS`,
    gsi1sk: id,
    gsi2pk: 'ORDERS',
    gsi2sk: id,
    gsi3pk: `ORDERS#${status}`,
    gsi3sk: id,
  };
}

/** Every stored image of a product lives under this S3 prefix (the signer's role may put only under `products/`). */
export function productImagePrefix(productId: string): string {
  return `products/${productId}/`;
}

/** The S3 key of one uploaded image: a fresh ULID per upload, the extension from its content type. */
export function productImageKey(productId: string, id: string, extension: string): string {
  return `${productImagePrefix(productId)}${id}.${extension}`;
}

/** A shipping method; every method also sits in GSI1 partition SHIPPING_METHODS_PARTITION (one Query lists all). */
export function shippingMethodKey(id: string): TableKey {
  return { pk: `SHIPPINGMETHOD#${id}`, sk: 'SHIPPINGMETHOD' };
}

export const SHIPPING_METHODS_PARTITION = 'SHIPPINGMETHODS';

export function shippingMethodListingKeys(id: string): Record<string, string> {
  return { gsi1pk: SHIPPING_METHODS_PARTITION, gsi1sk: id };
}

/**
 * A tax rate: a country's own (`TAXRATE`) or one region's (`TAXRATE#<REGION>`) under the country's
 * partition, so one BatchGetItem of both keys finds the rate for any address. `country` and `region`
 * are upper case.
 */
export function taxRateKey(country: string, region: string | null | undefined): TableKey {
  return { pk: `TAXRATE#${country}`, sk: region ? `TAXRATE#${region}` : 'TAXRATE' };
}

export const TAX_RATES_PARTITION = 'TAXRATES';

/** Sorted by country, then region, the country-wide rate first. */
export function taxRateListingKeys(country: string, region: string | null | undefined): Record<string, string> {
  return { gsi1pk: TAX_RATES_PARTITION, gsi1sk: `${country}#${region ?? ''}` };
}

/** A promotion code under its upper-case form, so the item itself makes codes unique whatever the case. */
export function promotionCodeKey(code: string): TableKey {
  return { pk: `PROMOCODE#${code}`, sk: 'PROMOCODE' };
}

export const PROMOTION_CODES_PARTITION = 'PROMOCODES';

/** Newest first when read descending: the creation time, then the code. */
export function promotionCodeListingKeys(code: string, createdAt: string): Record<string, string> {
  return { gsi1pk: PROMOTION_CODES_PARTITION, gsi1sk: `${createdAt}#${code}` };
}

/** A customer's use of a once-per-customer code: written by checkout, deleted when its order is cancelled unpaid. */
export function redemptionKey(sub: string, code: string): TableKey {
  return { pk: `CUSTOMER#${sub}`, sk: `REDEMPTION#${code}` };
}
