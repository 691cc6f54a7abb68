// Names and other short text refuse control characters (C0, DEL, C1) with a ValidationError naming
// the field; descriptions and notes may hold tabs and line breaks but nothing else of them. And
// updateProfile's name, once saved, is never cleared by null (its description says ValidationError).
import { describe, expect, it } from 'vitest';
import { callers, run } from '../support/resolver-harness.ts';

const CONTROLS = ['\u0000', '\u0007', '\t', '\n', '\u001b', '\u007f', '\u0085', '\u009f'];
const CAT = '01JCAT00000000000000000000';
const PROD = '01JPRD00000000000000000000';
const address = { name: 'Ana', line1: 'Main St 1', city: 'Springfield', country: 'US' };
const variant = { sku: 'MUG-1', name: 'One', options: [{ name: 'Size', value: 'M' }], price: { amount: 100 } };
const product = { slug: 'mug', name: 'Mug', categoryId: CAT, tags: ['blue'], variants: [variant] };

/** Every short text field, as [field named in the error, resolver, arguments with `bad` inside, caller]. */
function cases(bad: string): Array<[string, string, Record<string, unknown>, unknown]> {
  const admin = callers.admin;
  const shopper = callers.shopper;
  const create = (input: Record<string, unknown>) => ({ input: { ...product, ...input } });
  const withVariant = (change: Record<string, unknown>) => create({ variants: [{ ...variant, ...change }] });
  return [
    ['input.name', 'catalog/Mutation.createCategory', { input: { slug: 'mugs', name: `Mu${bad}gs` } }, admin],
    ['input.name', 'catalog/Mutation.createProduct/index', create({ name: `M${bad}ug` }), admin],
    ['input.tags[0]', 'catalog/Mutation.createProduct/index', create({ tags: [`bl${bad}ue`] }), admin],
    ['input.variants[0].name', 'catalog/Mutation.createProduct/index', withVariant({ name: `O${bad}ne` }), admin],
    [
      'input.variants[0].options[0].name',
      'catalog/Mutation.createProduct/index',
      withVariant({ options: [{ name: `Si${bad}ze`, value: 'M' }] }),
      admin,
    ],
    [
      'input.variants[0].options[0].value',
      'catalog/Mutation.createProduct/index',
      withVariant({ options: [{ name: 'Size', value: `M${bad}L` }] }),
      admin,
    ],
    [
      'input.name',
      'catalog/Mutation.updateProduct/index',
      { input: { id: PROD, expectedVersion: 1, name: `M${bad}ug` } },
      admin,
    ],
    [
      'alt',
      'media/Mutation.attachProductImage/index',
      { productId: PROD, key: `products/${PROD}/01JPRD00000000000000000001.png`, alt: `a${bad}b` },
      admin,
    ],
    ['input.name', 'customers/Mutation.updateProfile', { input: { name: `A${bad}na` } }, shopper],
    ['input.phone', 'customers/Mutation.updateProfile', { input: { phone: `+1555${bad}0100` } }, shopper],
    [
      'input.defaultAddress.city',
      'customers/Mutation.updateProfile',
      { input: { defaultAddress: { ...address, city: `Spring${bad}field` } } },
      shopper,
    ],
    [
      'input.shippingAddress.line1',
      'orders/Mutation.checkout/index',
      { input: { idempotencyKey: 'key-12345678', shippingAddress: { ...address, line1: `Main${bad}St` } } },
      shopper,
    ],
  ];
}

describe('control characters in names', () => {
  for (const bad of CONTROLS) {
    const code = bad.codePointAt(0)!.toString(16).padStart(4, '0');
    it.each(cases(bad))(`refuses U+${code} in %s (%s)`, async (field, path, args, identity) => {
      const out = await run(path, 'request', { arguments: args, identity });
      expect(out.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: [field] } });
      expect(out.error!.message).toContain('control characters');
    });
  }

  it('accepts the same names without them, including non-ASCII text', async () => {
    for (const [, path, args, identity] of cases('é')) {
      const out = await run(path, 'request', { arguments: args, identity });
      expect(out.error).toBeUndefined();
    }
  });
});

describe('descriptions and notes may span lines', () => {
  it('keeps tabs and line breaks in a description but refuses NUL and other controls', async () => {
    const ok = await run('catalog/Mutation.createProduct/index', 'request', {
      arguments: { input: { ...product, description: 'Line one\n\tLine two\r\nEnd' } },
      identity: callers.admin,
    });
    expect(ok.error).toBeUndefined();
    expect(ok.stash.input.description).toBe('Line one\n\tLine two\r\nEnd');
    for (const bad of ['\u0000', '\u001b', '\u007f', '\u0085']) {
      const out = await run('catalog/Mutation.createProduct/index', 'request', {
        arguments: { input: { ...product, description: `A${bad}B` } },
        identity: callers.admin,
      });
      expect(out.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['input.description'] } });
    }
  });

  it('does the same for an order status note', async () => {
    const args = (note: string) => ({ arguments: { id: PROD, status: 'PAID', note }, identity: callers.admin });
    const ok = await run('orders/Mutation.updateOrderStatus/index', 'request', args('Paid\nby card'));
    expect(ok.error).toBeUndefined();
    const out = await run('orders/Mutation.updateOrderStatus/index', 'request', args('Paid\u0000'));
    expect(out.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['note'] } });
  });
});

describe('updateProfile(name: null)', () => {
  it('is a ValidationError naming input.name, and nothing is written', async () => {
    const out = await run('customers/Mutation.updateProfile', 'request', {
      arguments: { input: { name: null, phone: '+15550100' } },
      identity: callers.shopper,
    });
    expect(out.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['input.name'] } });
    expect(out.result).toBeUndefined();
  });

  it('still clears phone and address with null', async () => {
    const out = await run('customers/Mutation.updateProfile', 'request', {
      arguments: { input: { phone: null, defaultAddress: null } },
      identity: callers.shopper,
    });
    expect(out.error).toBeUndefined();
    expect(out.result.update.expression).toContain('REMOVE');
  });
});
