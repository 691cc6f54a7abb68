// Cart resolvers: the caller's one cart item, the limits, NotFound for unknown or unsellable
// SKUs, the conditional write, and pricing every line from one BatchGetItem.
import { describe, expect, it } from 'vitest';
import { callers, run } from '../support/resolver-harness.ts';
import { productItem, variantItem } from './fixtures.ts';

const shopper = { identity: callers.shopper, stash: { sub: 'user-shopper' } };
const cartItem = (lines: Array<{ sku: string; quantity: number }>, version = 4) => ({
  pk: 'CUSTOMER#user-shopper',
  sk: 'CART',
  entity: 'Cart',
  customerId: 'user-shopper',
  version,
  lines: lines.map((l) => ({ ...l, productId: '01JPRD00000000000000000000' })),
});
const batch = (...items: unknown[]) => ({ data: { ShopTable: items }, unprocessedKeys: { ShopTable: [] } });
const line = (sku: string, quantity: number) => ({ sku, productId: '01JPRD00000000000000000000', quantity });

describe('cart field entry points', () => {
  it.each([
    'cart/Query.myCart/index',
    'cart/Mutation.addToCart/index',
    'cart/Mutation.setCartItemQuantity/index',
    'cart/Mutation.removeFromCart/index',
  ])('%s needs a signed-in user and keeps the sub for later steps', async (path) => {
    const args = { sku: 'MUG-L', quantity: 1 };
    expect(
      (await run(path, 'request', { identity: { userArn: 'arn:aws:iam::1:user/x', accountId: '1' }, arguments: args }))
        .error,
    ).toMatchObject({ errorType: 'Unauthorized' });
    const ok = await run(path, 'request', { identity: callers.shopper, arguments: args });
    expect(ok.stash.sub).toBe('user-shopper');
    expect((await run(path, 'response', { prev: { result: { itemCount: 1 } } })).result).toEqual({ itemCount: 1 });
  });

  it('checks quantities (1–99 to add, 0–99 to set) and treats a malformed SKU as unknown', async () => {
    for (const quantity of [0, 100, 1.5]) {
      const { error } = await run('cart/Mutation.addToCart/index', 'request', {
        identity: callers.shopper,
        arguments: { sku: 'MUG-L', quantity },
      });
      expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['quantity'] } });
    }
    expect(
      (
        await run('cart/Mutation.setCartItemQuantity/index', 'request', {
          identity: callers.shopper,
          arguments: { sku: 'MUG-L', quantity: 0 },
        })
      ).error,
    ).toBeUndefined();
    expect(
      (
        await run('cart/Mutation.setCartItemQuantity/index', 'request', {
          identity: callers.shopper,
          arguments: { sku: 'MUG-L', quantity: -1 },
        })
      ).error,
    ).toMatchObject({ errorType: 'ValidationError' });
    const malformed = await run('cart/Mutation.removeFromCart/index', 'request', {
      identity: callers.shopper,
      arguments: { sku: 'mug l' },
    });
    expect(malformed.error).toMatchObject({ errorType: 'NotFound', message: 'sku: no variant with this SKU' });
  });
});

describe('Query.myCart', () => {
  it('reads the cart item consistently; no item is an empty cart without a second call', async () => {
    const get = await run('cart/Query.myCart/01.getCart', 'request', shopper);
    expect(get.result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CART' } },
      consistentRead: true,
    });
    const none = await run('cart/Query.myCart/01.getCart', 'response', { ...shopper, result: null });
    expect(none.stash.cart).toEqual({ lines: [], version: 0 });
    const priced = await run('cart/Query.myCart/02.priceCart', 'request', {
      stash: { cart: { lines: [], version: 0 } },
    });
    expect(priced.result).toEqual({ items: [], subtotal: { amount: 0, currency: 'USD' }, itemCount: 0 });
  });

  it('prices every line from one BatchGetItem of the variants and their (distinct) products', async () => {
    const stash = { cart: { lines: [line('MUG-L', 2), line('MUG-S', 5)], version: 3 } };
    const { result } = await run('cart/Query.myCart/02.priceCart', 'request', { stash });
    expect(result).toEqual({
      operation: 'BatchGetItem',
      tables: {
        ShopTable: {
          consistentRead: true,
          keys: [
            { pk: { S: 'SKU#MUG-L' }, sk: { S: 'VARIANT' } },
            { pk: { S: 'SKU#MUG-S' }, sk: { S: 'VARIANT' } },
            { pk: { S: 'PRODUCT#01JPRD00000000000000000000' }, sk: { S: 'PRODUCT' } },
          ],
        },
      },
    });
    const out = await run('cart/Query.myCart/02.priceCart', 'response', {
      stash,
      result: batch(variantItem('MUG-L'), variantItem('MUG-S'), productItem()),
    });
    expect(out.result).toEqual({
      items: [
        {
          sku: 'MUG-L',
          productId: '01JPRD00000000000000000000',
          name: 'Blue mug — Large',
          quantity: 2,
          unitPrice: { amount: 1500, currency: 'USD' },
          lineTotal: { amount: 3000, currency: 'USD' },
          inStock: true,
        },
        {
          sku: 'MUG-S',
          productId: '01JPRD00000000000000000000',
          name: 'Blue mug — Small',
          quantity: 5,
          unitPrice: { amount: 1200, currency: 'USD' },
          lineTotal: { amount: 6000, currency: 'USD' },
          inStock: false,
        },
      ],
      subtotal: { amount: 9000, currency: 'USD' },
      itemCount: 7,
    });
  });

  it('shows a line of a product no longer ACTIVE as not in stock, and refuses a half-processed batch', async () => {
    const stash = { cart: { lines: [line('MUG-L', 1)], version: 1 } };
    const out = await run('cart/Query.myCart/02.priceCart', 'response', {
      stash,
      result: batch(variantItem('MUG-L', { productStatus: 'ARCHIVED' }), null),
    });
    expect(out.result.items[0]).toMatchObject({ inStock: false, name: 'Large' });
    const throttled = await run('cart/Query.myCart/02.priceCart', 'response', {
      stash,
      result: { data: { ShopTable: [null] }, unprocessedKeys: { ShopTable: [{ pk: 'SKU#MUG-L' }] } },
    });
    expect(throttled.error).toMatchObject({ errorType: 'ConflictError' });
  });
});

describe('Mutation.addToCart', () => {
  const args = (sku: string, quantity: number) => ({ ...shopper, arguments: { sku, quantity } });

  it('reads the cart and the variant in one consistent BatchGetItem', async () => {
    const { result } = await run('cart/Mutation.addToCart/01.readCart', 'request', args('MUG-L', 1));
    expect(result.tables.ShopTable).toEqual({
      consistentRead: true,
      keys: [
        { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CART' } },
        { pk: { S: 'SKU#MUG-L' }, sk: { S: 'VARIANT' } },
      ],
    });
  });

  it('adds to an existing line and appends a new one at the end', async () => {
    const more = await run('cart/Mutation.addToCart/01.readCart', 'response', {
      ...args('MUG-L', 3),
      result: batch(
        cartItem([
          { sku: 'MUG-L', quantity: 2 },
          { sku: 'MUG-S', quantity: 1 },
        ]),
        variantItem('MUG-L'),
      ),
    });
    expect(more.stash.cart).toEqual({ lines: [line('MUG-L', 5), line('MUG-S', 1)], version: 5 });
    expect(more.stash.before.version).toBe(4);
    const fresh = await run('cart/Mutation.addToCart/01.readCart', 'response', {
      ...args('MUG-S', 1),
      result: batch(null, variantItem('MUG-S')),
    });
    expect(fresh.stash.cart).toEqual({ lines: [line('MUG-S', 1)], version: 1 });
  });

  it('refuses unknown and non-ACTIVE SKUs, a line over 99 and a 51st line', async () => {
    expect(
      (await run('cart/Mutation.addToCart/01.readCart', 'response', { ...args('NOPE', 1), result: batch(null, null) }))
        .error,
    ).toMatchObject({ errorType: 'NotFound', message: 'sku: no variant NOPE' });
    const draft = await run('cart/Mutation.addToCart/01.readCart', 'response', {
      ...args('MUG-L', 1),
      result: batch(null, variantItem('MUG-L', { productStatus: 'DRAFT' })),
    });
    expect(draft.error).toMatchObject({ errorType: 'NotFound', message: 'sku: MUG-L is not for sale' });
    const over = await run('cart/Mutation.addToCart/01.readCart', 'response', {
      ...args('MUG-L', 10),
      result: batch(cartItem([{ sku: 'MUG-L', quantity: 90 }]), variantItem('MUG-L')),
    });
    expect(over.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['quantity'] } });
    const full = cartItem(Array.from({ length: 50 }, (_, i) => ({ sku: `SKU-${i}`, quantity: 1 })));
    const fiftyFirst = await run('cart/Mutation.addToCart/01.readCart', 'response', {
      ...args('MUG-L', 1),
      result: batch(full, variantItem('MUG-L')),
    });
    expect(fiftyFirst.error).toMatchObject({
      errorType: 'ValidationError',
      message: 'sku: a cart holds at most 50 lines',
    });
    const fiftiethAgain = await run('cart/Mutation.addToCart/01.readCart', 'response', {
      ...args('SKU-7', 1),
      result: batch(full, variantItem('SKU-7')),
    });
    expect(fiftiethAgain.stash.cart.lines).toHaveLength(50);
  });

  it('writes the cart only if it is still the version read (absent for a first cart)', async () => {
    const stash = {
      sub: 'user-shopper',
      before: { lines: [], version: 0 },
      cart: { lines: [line('MUG-L', 1)], version: 1 },
    };
    const first = await run('cart/Mutation.addToCart/02.writeCart', 'request', { stash });
    expect(first.result).toMatchObject({
      operation: 'PutItem',
      key: { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CART' } },
      attributeValues: {
        lines: {
          L: [{ M: { sku: { S: 'MUG-L' }, productId: { S: '01JPRD00000000000000000000' }, quantity: { N: 1 } } }],
        },
        version: { N: 1 },
      },
      condition: { expression: '(attribute_not_exists(#pk))' },
    });
    const later = await run('cart/Mutation.addToCart/02.writeCart', 'request', {
      stash: { ...stash, before: { lines: [], version: 7 } },
    });
    expect(later.result.condition).toEqual({
      expression: '(#version = :version_eq)',
      expressionNames: { '#version': 'version' },
      expressionValues: { ':version_eq': { N: 7 } },
    });
    expect(later.result.attributeValues.version).toEqual({ N: 8 });
    const raced = await run('cart/Mutation.addToCart/02.writeCart', 'response', {
      stash,
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    expect(raced.error).toMatchObject({ errorType: 'ConflictError' });
    expect(
      (await run('cart/Mutation.addToCart/02.writeCart', 'response', { stash, result: {} })).error,
    ).toBeUndefined();
  });

  it('prices the new cart in its last step', async () => {
    const stash = { cart: { lines: [line('MUG-S', 2)], version: 1 } };
    const out = await run('cart/Mutation.addToCart/03.priceCart', 'response', {
      stash,
      result: batch(variantItem('MUG-S'), productItem()),
    });
    expect(out.result).toMatchObject({ subtotal: { amount: 2400 }, itemCount: 2 });
    expect((await run('cart/Mutation.addToCart/03.priceCart', 'request', { stash })).result.operation).toBe(
      'BatchGetItem',
    );
  });
});

describe('Mutation.setCartItemQuantity and removeFromCart', () => {
  const read = (path: string, sku: string, quantity: number | undefined, result: unknown) =>
    run(path, 'response', { ...shopper, arguments: { sku, quantity }, result });
  const SET = 'cart/Mutation.setCartItemQuantity/01.readCart';
  const REMOVE = 'cart/Mutation.removeFromCart/01.readCart';

  it('sets, adds and (with 0) removes a line; 0 works for a SKU no longer for sale', async () => {
    const cart = cartItem([
      { sku: 'MUG-L', quantity: 2 },
      { sku: 'MUG-S', quantity: 1 },
    ]);
    expect((await read(SET, 'MUG-L', 7, batch(cart, variantItem('MUG-L')))).stash.cart.lines).toEqual([
      line('MUG-L', 7),
      line('MUG-S', 1),
    ]);
    const removed = await read(SET, 'MUG-L', 0, batch(cart, variantItem('MUG-L', { productStatus: 'ARCHIVED' })));
    expect(removed.stash).toMatchObject({ unchanged: false, cart: { lines: [line('MUG-S', 1)] } });
    expect(
      (await read(SET, 'MUG-L', 3, batch(cart, variantItem('MUG-L', { productStatus: 'ARCHIVED' })))).error,
    ).toMatchObject({ errorType: 'NotFound' });
    expect((await read(SET, 'NOPE', 0, batch(cart, null))).error).toMatchObject({ errorType: 'NotFound' });
    expect((await read(SET, 'MUG-L', 2, batch(cart, variantItem('MUG-L')))).stash.unchanged).toBe(true);
  });

  it('removes any known SKU; one not in the cart changes nothing and skips the write', async () => {
    const cart = cartItem([{ sku: 'MUG-L', quantity: 2 }]);
    const gone = await read(REMOVE, 'MUG-L', undefined, batch(cart, variantItem('MUG-L', { productStatus: 'DRAFT' })));
    expect(gone.stash).toMatchObject({ unchanged: false, cart: { lines: [] } });
    const absent = await read(REMOVE, 'MUG-S', undefined, batch(cart, variantItem('MUG-S')));
    expect(absent.stash.unchanged).toBe(true);
    const skipped = await run('cart/Mutation.removeFromCart/02.writeCart', 'request', {
      stash: { ...absent.stash, sub: 'user-shopper' },
    });
    expect(skipped.result).toBeNull();
    expect((await read(REMOVE, 'NOPE', undefined, batch(cart, null))).error).toMatchObject({ errorType: 'NotFound' });
  });

  it('write and price steps are the same as addToCart’s', async () => {
    for (const path of ['cart/Mutation.setCartItemQuantity', 'cart/Mutation.removeFromCart']) {
      const stash = {
        sub: 'user-shopper',
        before: { lines: [line('MUG-L', 1)], version: 2 },
        cart: { lines: [], version: 3 },
      };
      expect((await run(`${path}/02.writeCart`, 'request', { stash })).result).toMatchObject({
        operation: 'PutItem',
        attributeValues: { lines: { L: [] }, version: { N: 3 } },
      });
      expect(
        (
          await run(`${path}/02.writeCart`, 'response', {
            stash,
            error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'x' },
          })
        ).error,
      ).toMatchObject({ errorType: 'ConflictError' });
      expect((await run(`${path}/03.priceCart`, 'request', { stash })).result).toEqual({
        items: [],
        subtotal: { amount: 0, currency: 'USD' },
        itemCount: 0,
      });
      expect(
        (
          await run(`${path}/03.priceCart`, 'response', {
            stash: { cart: { lines: [line('MUG-L', 1)] } },
            result: batch(variantItem('MUG-L'), productItem()),
          })
        ).result.subtotal.amount,
      ).toBe(1500);
    }
  });
});
