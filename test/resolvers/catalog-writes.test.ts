// Catalog mutations: validation (every limit, nothing written), the exact conditional writes, and
// how refused writes become the contract's errors.
import { describe, expect, it } from 'vitest';
import { callers, ISO_TIME, run, ULID } from '../support/resolver-harness.ts';
import { productItem, variantItem } from './fixtures.ts';

const variant = (sku: string, overrides: Record<string, unknown> = {}) => ({
  sku,
  name: `Variant ${sku}`,
  price: { amount: 1000 },
  stock: 3,
  ...overrides,
});
const productInput = (overrides: Record<string, unknown> = {}) => ({
  slug: 'blue-mug',
  name: '  Blue mug ',
  categoryId: '01JCAT00000000000000000000',
  tags: [' Kitchen', 'kitchen', 'GIFT'],
  variants: [
    variant('MUG-L', { options: [{ name: 'Size', value: 'L' }] }),
    variant('MUG-S', { price: { amount: 800, currency: 'USD' } }),
  ],
  ...overrides,
});
const admin = { identity: callers.admin };

describe('Mutation.createCategory', () => {
  it('writes the category and its slug lock only if absent, checking the parent in the same transaction', async () => {
    const { result, stash } = await run('catalog/Mutation.createCategory', 'request', {
      ...admin,
      arguments: { input: { slug: 'mugs', name: ' Mugs ', parentId: '01JPRNT0000000000000000000' } },
    });
    const id = stash.category.id;
    expect(id).toMatch(ULID);
    expect(result.operation).toBe('TransactWriteItems');
    expect(result.transactItems).toHaveLength(3);
    expect(result.transactItems[0]).toEqual({
      table: 'ShopTable',
      operation: 'ConditionCheck',
      key: { pk: { S: 'CATEGORY#01JPRNT0000000000000000000' }, sk: { S: 'CATEGORY' } },
      condition: { expression: '(attribute_exists(#pk))', expressionNames: { '#pk': 'pk' }, expressionValues: {} },
    });
    expect(result.transactItems[1]).toEqual({
      table: 'ShopTable',
      operation: 'PutItem',
      key: { pk: { S: 'CATEGORYSLUG#mugs' }, sk: { S: 'CATEGORYSLUG' } },
      attributeValues: { categoryId: { S: id } },
      condition: { expression: '(attribute_not_exists(#pk))', expressionNames: { '#pk': 'pk' }, expressionValues: {} },
    });
    expect(result.transactItems[2]).toMatchObject({
      operation: 'PutItem',
      key: { pk: { S: `CATEGORY#${id}` }, sk: { S: 'CATEGORY' } },
      attributeValues: {
        name: { S: 'Mugs' },
        slug: { S: 'mugs' },
        parentId: { S: '01JPRNT0000000000000000000' },
        gsi1pk: { S: 'CATEGORIES' },
        gsi1sk: { S: `mugs#${id}` },
      },
    });
  });

  it('refuses a malformed slug and name together, naming both fields', async () => {
    const { error } = await run('catalog/Mutation.createCategory', 'request', {
      ...admin,
      arguments: { input: { slug: 'Mugs!', name: '' } },
    });
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['input.slug', 'input.name'] } });
    expect(error?.message).toBe('input.slug must match [a-z0-9-]{1,80}; input.name must be 1–200 characters (got 0)');
  });

  it('maps cancellation reasons: unknown parent is NotFound, taken slug is ConflictError', async () => {
    const stash = {
      category: {
        id: '01JNEW00000000000000000000',
        slug: 'mugs',
        name: 'Mugs',
        parentId: '01JPRNT0000000000000000000',
      },
    };
    const error = { type: 'DynamoDB:TransactionCanceledException', message: 'Transaction cancelled' };
    const parentMissing = await run('catalog/Mutation.createCategory', 'response', {
      stash,
      error,
      result: {
        keys: null,
        cancellationReasons: [{ type: 'ConditionalCheckFailed' }, { type: 'None' }, { type: 'None' }],
      },
    });
    expect(parentMissing.error).toMatchObject({
      errorType: 'NotFound',
      message: 'input.parentId: no category 01JPRNT0000000000000000000',
    });
    const slugTaken = await run('catalog/Mutation.createCategory', 'response', {
      stash,
      error,
      result: {
        keys: null,
        cancellationReasons: [{ type: 'None' }, { type: 'ConditionalCheckFailed' }, { type: 'None' }],
      },
    });
    expect(slugTaken.error).toMatchObject({
      errorType: 'ConflictError',
      message: "input.slug: a category with slug 'mugs' already exists",
    });
    const ok = await run('catalog/Mutation.createCategory', 'response', {
      stash,
      result: { keys: [], cancellationReasons: null },
    });
    expect(ok.result).toEqual({
      id: '01JNEW00000000000000000000',
      slug: 'mugs',
      name: 'Mugs',
      parentId: '01JPRNT0000000000000000000',
    });
  });
});

describe('Mutation.createProduct', () => {
  const NORMALISES_INPUT =
    'normalises the input: trimmed name, lower-cased unique tags, DRAFT by default, stock from the input';
  it(NORMALISES_INPUT, async () => {
    const { stash } = await run('catalog/Mutation.createProduct/index', 'request', {
      ...admin,
      arguments: { input: productInput() },
    });
    expect(stash.input).toEqual({
      slug: 'blue-mug',
      name: 'Blue mug',
      description: null,
      categoryId: '01JCAT00000000000000000000',
      tags: ['kitchen', 'gift'],
      status: 'DRAFT',
      variants: [
        { sku: 'MUG-L', name: 'Variant MUG-L', options: [{ name: 'Size', value: 'L' }], price: 1000, stock: 3 },
        { sku: 'MUG-S', name: 'Variant MUG-S', options: [], price: 800, stock: 3 },
      ],
    });
  });

  it.each([
    ['a bad slug', { slug: 'Blue Mug' }, ['input.slug']],
    ['a long name', { name: 'x'.repeat(201) }, ['input.name']],
    ['a long description', { description: 'x'.repeat(5001) }, ['input.description']],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, ['input.tags']],
    ['no variants', { variants: [] }, ['input.variants']],
    ['51 variants', { variants: Array.from({ length: 51 }, (_, i) => variant(`SKU-${i}`)) }, ['input.variants']],
    ['a bad SKU', { variants: [variant('mug-l')] }, ['input.variants[0].sku']],
    ['a repeated SKU', { variants: [variant('MUG'), variant('MUG')] }, ['input.variants[1].sku']],
    [
      'a foreign currency',
      { variants: [variant('MUG', { price: { amount: 100, currency: 'EUR' } })] },
      ['input.variants[0].price.currency'],
    ],
    [
      'a price over 100,000,000',
      { variants: [variant('MUG', { price: { amount: 100000001 } })] },
      ['input.variants[0].price.amount'],
    ],
    ['negative stock', { variants: [variant('MUG', { stock: -1 })] }, ['input.variants[0].stock']],
    ['stock over 1,000,000', { variants: [variant('MUG', { stock: 1000001 })] }, ['input.variants[0].stock']],
  ])('refuses %s with a ValidationError naming the field', async (_what, overrides, fields) => {
    const { error } = await run('catalog/Mutation.createProduct/index', 'request', {
      ...admin,
      arguments: { input: productInput(overrides) },
    });
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields } });
  });

  it('answers NotFound for an unknown category', async () => {
    const { error } = await run('catalog/Mutation.createProduct/01.getCategory', 'response', {
      stash: { input: { categoryId: '01JNP000000000000000000000' } },
      result: null,
    });
    expect(error).toMatchObject({
      errorType: 'NotFound',
      message: 'input.categoryId: no category 01JNP000000000000000000000',
    });
  });

  it('writes product, slug lock and each variant only if absent, in one transaction', async () => {
    const checked = (
      await run('catalog/Mutation.createProduct/index', 'request', {
        ...admin,
        arguments: { input: productInput({ status: 'ACTIVE' }) },
      })
    ).stash.input;
    const category = { id: '01JCAT00000000000000000000', slug: 'mugs', name: 'Mugs', parentId: null };
    const { result, stash } = await run('catalog/Mutation.createProduct/02.writeProduct', 'request', {
      ...admin,
      stash: { input: checked, category },
    });
    const id = stash.product.id;
    expect(id).toMatch(ULID);
    expect(stash.product.createdAt).toMatch(ISO_TIME);
    const absent = {
      expression: '(attribute_not_exists(#pk))',
      expressionNames: { '#pk': 'pk' },
      expressionValues: {},
    };
    expect(result.transactItems.map((i: any) => [i.operation, i.key.pk.S, i.condition])).toEqual([
      ['PutItem', `PRODUCT#${id}`, absent],
      ['PutItem', 'PRODUCTSLUG#blue-mug', absent],
      ['PutItem', 'SKU#MUG-L', absent],
      ['PutItem', 'SKU#MUG-S', absent],
    ]);
    expect(result.transactItems[0].attributeValues).toMatchObject({
      gsi1pk: { S: 'PRODUCTS' },
      gsi1sk: { S: id },
      gsi2pk: { S: 'PRODUCTS#ACTIVE' },
      gsi3pk: { S: 'CATEGORY#01JCAT00000000000000000000' },
      gsi4pk: { S: 'CATEGORY#01JCAT00000000000000000000#ACTIVE' },
      variantPrices: { M: { 'MUG-L': { N: 1000 }, 'MUG-S': { N: 800 } } },
      version: { N: 1 },
    });
    expect(result.transactItems[2].attributeValues).toMatchObject({
      stock: { N: 3 },
      price: { N: 1000 },
      productId: { S: id },
      productStatus: { S: 'ACTIVE' },
    });
  });

  it('leaves inactive products out of the public listing indexes', async () => {
    const checked = (
      await run('catalog/Mutation.createProduct/index', 'request', { ...admin, arguments: { input: productInput() } })
    ).stash.input;
    const { result } = await run('catalog/Mutation.createProduct/02.writeProduct', 'request', {
      ...admin,
      stash: { input: checked, category: {} },
    });
    expect(Object.keys(result.transactItems[0].attributeValues)).not.toContain('gsi2pk');
    expect(Object.keys(result.transactItems[0].attributeValues)).not.toContain('gsi4pk');
  });

  it('maps a taken slug or SKUs to ConflictError', async () => {
    const stash = { product: { ...productItem(), variantSkus: ['A', 'B', 'C'] }, variants: [] };
    const error = { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' };
    const reasons = (failed: number[]) =>
      Array.from({ length: 5 }, (_, i) => ({ type: failed.includes(i) ? 'ConditionalCheckFailed' : 'None' }));
    const slug = await run('catalog/Mutation.createProduct/02.writeProduct', 'response', {
      stash,
      error,
      result: { cancellationReasons: reasons([1]) },
    });
    expect(slug.error).toMatchObject({
      errorType: 'ConflictError',
      message: "input.slug: a product with slug 'blue-mug' already exists",
    });
    const skus = await run('catalog/Mutation.createProduct/02.writeProduct', 'response', {
      stash,
      error,
      result: { cancellationReasons: reasons([2, 4]) },
    });
    expect(skus.error).toMatchObject({
      errorType: 'ConflictError',
      message: 'input.variants: SKU already in use: A, C',
      errorInfo: { skus: ['A', 'C'] },
    });
  });
});

describe('Mutation.updateProduct', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    id: '01JPRD00000000000000000000',
    expectedVersion: 3,
    ...overrides,
  });

  it('refuses null for required fields and keeps omitted ones out of the change', async () => {
    const { error } = await run('catalog/Mutation.updateProduct/index', 'request', {
      ...admin,
      arguments: { input: input({ name: null, tags: null }) },
    });
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['input.name', 'input.tags'] } });
    const { stash } = await run('catalog/Mutation.updateProduct/index', 'request', {
      ...admin,
      arguments: { input: input({ description: '', status: 'ARCHIVED' }) },
    });
    expect(stash.changes).toEqual({ description: null, status: 'ARCHIVED' });
  });

  it('answers NotFound for an unknown product and ConflictError for a stale version', async () => {
    const missing = await run('catalog/Mutation.updateProduct/01.getProduct', 'response', {
      ...admin,
      arguments: { input: input() },
      result: null,
    });
    expect(missing.error).toMatchObject({ errorType: 'NotFound' });
    const stale = await run('catalog/Mutation.updateProduct/01.getProduct', 'response', {
      ...admin,
      arguments: { input: input({ expectedVersion: 2 }) },
      result: productItem(),
    });
    expect(stale.error).toMatchObject({ errorType: 'ConflictError', errorInfo: { currentVersion: 3 } });
  });

  it('writes on the condition version = expectedVersion and moves the variants’ status copy along', async () => {
    const stash = { current: productItem(), changes: { status: 'DRAFT', name: 'Green mug' } };
    const { result } = await run('catalog/Mutation.updateProduct/03.writeProduct', 'request', {
      ...admin,
      arguments: { input: input() },
      stash,
    });
    const [product, ...variants] = result.transactItems;
    expect(product.condition).toEqual({
      expression: '(#version = :version_eq)',
      expressionNames: { '#version': 'version' },
      expressionValues: { ':version_eq': { N: 3 } },
    });
    expect(product.update.expression).toMatch(/^SET .* REMOVE /);
    const names = Object.values(product.update.expressionNames);
    expect(names).toEqual(expect.arrayContaining(['name', 'status', 'version', 'gsi2pk', 'gsi4pk']));
    expect(variants.map((v: any) => [v.key.pk.S, v.update.expressionValues[':expValue_1']])).toEqual([
      ['SKU#MUG-L', { S: 'DRAFT' }],
      ['SKU#MUG-S', { S: 'DRAFT' }],
    ]);
  });

  it('answers the product at version + 1, or ConflictError when another update won the race', async () => {
    const stash = { updated: productItem({ version: 4, name: 'Green mug' }) };
    const ok = await run('catalog/Mutation.updateProduct/03.writeProduct', 'response', {
      ...admin,
      arguments: { input: input() },
      stash,
      result: { keys: [] },
    });
    expect(ok.result).toMatchObject({ version: 4, name: 'Green mug' });
    const lost = await run('catalog/Mutation.updateProduct/03.writeProduct', 'response', {
      ...admin,
      arguments: { input: input() },
      stash,
      error: { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' },
      result: { cancellationReasons: [{ type: 'ConditionalCheckFailed' }] },
    });
    expect(lost.error).toMatchObject({ errorType: 'ConflictError' });
  });
});

describe('Mutation.setVariantPrice', () => {
  it('checks the price and changes variant and product price list in one transaction', async () => {
    const bad = await run('catalog/Mutation.setVariantPrice/index', 'request', {
      ...admin,
      arguments: { sku: 'MUG-L', price: { amount: -1 } },
    });
    expect(bad.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['price.amount'] } });
    const { result } = await run('catalog/Mutation.setVariantPrice/02.writePrice', 'request', {
      ...admin,
      arguments: { sku: 'MUG-L', price: { amount: 999 } },
      stash: { amount: 999 },
      prev: { result: '01JPRD00000000000000000000' },
    });
    expect(result.transactItems.map((i: any) => [i.key.pk.S, i.update.expression])).toEqual([
      ['SKU#MUG-L', 'SET #expName_1 = :expValue_1'],
      ['PRODUCT#01JPRD00000000000000000000', 'SET #expName_1.#expName_2 = :expValue_1, #expName_3 = :expValue_2'],
    ]);
    expect(result.transactItems[1].update.expressionNames).toEqual({
      '#expName_1': 'variantPrices',
      '#expName_2': 'MUG-L',
      '#expName_3': 'updatedAt',
    });
  });

  it('answers NotFound for an unknown SKU', async () => {
    const { error } = await run('catalog/Mutation.setVariantPrice/01.getVariant', 'response', {
      ...admin,
      arguments: { sku: 'NOPE', price: { amount: 1 } },
      result: null,
    });
    expect(error).toMatchObject({ errorType: 'NotFound', message: 'sku: no variant NOPE' });
  });
});

describe('Mutation.adjustStock', () => {
  it('adds atomically, on the condition that stock stays within 0–1,000,000', async () => {
    const down = await run('catalog/Mutation.adjustStock/01.adjust', 'request', {
      ...admin,
      arguments: { sku: 'MUG-L', delta: -3 },
    });
    expect(down.result).toEqual({
      operation: 'UpdateItem',
      key: { pk: { S: 'SKU#MUG-L' }, sk: { S: 'VARIANT' } },
      update: {
        expression: 'SET #expName_1 = #expName_1 + :expValue_1',
        expressionNames: { '#expName_1': 'stock' },
        expressionValues: { ':expValue_1': { N: -3 } },
      },
      condition: {
        expression: '(attribute_exists(#pk)) AND (#stock >= :stock_ge)',
        expressionNames: { '#pk': 'pk', '#stock': 'stock' },
        expressionValues: { ':stock_ge': { N: 3 } },
      },
    });
    const up = await run('catalog/Mutation.adjustStock/01.adjust', 'request', {
      ...admin,
      arguments: { sku: 'MUG-L', delta: 5 },
    });
    expect(up.result.condition.expressionValues).toEqual({ ':stock_le': { N: 999995 } });
  });

  it('explains a refusal: NotFound, InsufficientStock or ValidationError', async () => {
    const refused = await run('catalog/Mutation.adjustStock/01.adjust', 'response', {
      ...admin,
      arguments: { sku: 'MUG-L', delta: -9 },
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    expect(refused.stash).toEqual({ refused: true });
    const missing = await run('catalog/Mutation.adjustStock/02.explainRefusal', 'response', {
      ...admin,
      arguments: { sku: 'MUG-L', delta: -9 },
      stash: { refused: true },
      result: null,
    });
    expect(missing.error).toMatchObject({ errorType: 'NotFound' });
    const short = await run('catalog/Mutation.adjustStock/02.explainRefusal', 'response', {
      ...admin,
      arguments: { sku: 'MUG-L', delta: -9 },
      stash: { refused: true },
      result: variantItem('MUG-L'),
    });
    expect(short.error).toEqual({
      message: 'Only 4 of MUG-L in stock; cannot remove 9',
      errorType: 'InsufficientStock',
      data: null,
      errorInfo: { skus: ['MUG-L'], stock: 4, requested: 9 },
    });
    const over = await run('catalog/Mutation.adjustStock/02.explainRefusal', 'response', {
      ...admin,
      arguments: { sku: 'MUG-L', delta: 999999 },
      stash: { refused: true },
      result: variantItem('MUG-L'),
    });
    expect(over.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['delta'] } });
  });

  it('skips the explanation when the adjustment landed', async () => {
    const { result } = await run('catalog/Mutation.adjustStock/02.explainRefusal', 'request', {
      ...admin,
      arguments: { sku: 'MUG-L', delta: 1 },
      stash: {},
      prev: { result: { sku: 'MUG-L', stock: 5 } },
    });
    expect(result).toEqual({ sku: 'MUG-L', stock: 5 });
  });
});
