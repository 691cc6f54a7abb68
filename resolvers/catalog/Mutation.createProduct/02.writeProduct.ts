// One TransactWriteItems: the product, its slug lock and every variant, each only if absent —
// so a taken slug or SKU changes nothing and is a ConflictError.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toProduct, toVariant, type ProductItem, type VariantItem } from '../../lib/catalog.ts';
import { cancellationReasons, conditionFailed, fail, raiseDataSourceError } from '../../lib/errors.ts';
import { tableName, withoutNulls } from '../../lib/items.ts';
import { productKey, productListingKeys, productSlugKey, variantKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { NewVariant } from '../../lib/product-input.ts';

interface CheckedInput {
  slug: string;
  name: string;
  description: string | null;
  categoryId: string;
  tags: string[];
  status: ProductItem['status'];
  variants: NewVariant[];
}

export function request(ctx: Context) {
  const input = ctx.stash.input as CheckedInput;
  const id = util.autoUlid();
  const now = util.time.nowISO8601();
  const variantPrices: Record<string, number> = {};
  for (const v of input.variants) variantPrices[v.sku] = v.price;
  const product: ProductItem = {
    id,
    slug: input.slug,
    name: input.name,
    description: input.description,
    categoryId: input.categoryId,
    category: ctx.stash.category as ProductItem['category'],
    tags: input.tags,
    status: input.status,
    variantSkus: input.variants.map((v) => v.sku),
    variantPrices,
    images: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const variants: VariantItem[] = input.variants.map((v) => ({ ...v, productId: id, productStatus: input.status }));
  ctx.stash.product = product;
  ctx.stash.variants = variants;

  const table = tableName(ctx.env);
  const absent = { pk: { attributeExists: false } };
  const items = [
    {
      putItem: {
        table,
        key: productKey(id),
        item: withoutNulls({
          entity: 'Product',
          ...product,
          ...productListingKeys(id, product.status, product.categoryId),
        }),
        condition: absent,
      },
    },
    { putItem: { table, key: productSlugKey(product.slug), item: { productId: id }, condition: absent } },
  ];
  for (const variant of variants) {
    items.push({
      putItem: { table, key: variantKey(variant.sku), item: { entity: 'Variant', ...variant }, condition: absent },
    });
  }
  return ddb.transactWrite({ items });
}

export function response(ctx: Context) {
  const product = ctx.stash.product as ProductItem;
  if (ctx.error) {
    const reasons = cancellationReasons(ctx.result);
    if (conditionFailed(reasons[1]))
      fail(`input.slug: a product with slug '${product.slug}' already exists`, 'ConflictError', {
        fields: ['input.slug'],
      });
    const taken = product.variantSkus.filter((_sku, index) => conditionFailed(reasons[index + 2]));
    if (taken.length > 0)
      fail(`input.variants: SKU already in use: ${taken.join(', ')}`, 'ConflictError', {
        fields: ['input.variants'],
        skus: taken,
      });
    raiseDataSourceError(ctx.error);
  }
  const currency = shopCurrency(ctx);
  return toProduct(
    product,
    currency,
    (ctx.stash.variants as VariantItem[]).map((v) => toVariant(v, currency)),
  );
}
