// Stripe's form encoding, decoded: the shapes stripe-node writes, plus `+` spaces and `a[]` lists.
import { describe, expect, it } from 'vitest';
import { asList, decodeForm } from '../form.ts';

describe('decodeForm', () => {
  it('builds nested objects as stripe-node sends them', () => {
    const wire =
      'mode=payment&line_items[0][price_data][product_data][name]=Mug%20%26%20Co&line_items[0][quantity]=2' +
      '&line_items[1][quantity]=1&metadata[orderId]=ord_1&expand[0]=line_items&expand[1]=payment_intent';
    expect(decodeForm(wire)).toEqual({
      ok: true,
      params: {
        mode: 'payment',
        line_items: { 0: { price_data: { product_data: { name: 'Mug & Co' } }, quantity: '2' }, 1: { quantity: '1' } },
        metadata: { orderId: 'ord_1' },
        expand: { 0: 'line_items', 1: 'payment_intent' },
      },
    });
  });

  it('accepts + for a space, a[] lists, empty values, and lets the body override the query', () => {
    expect(decodeForm('a=x&expand[]=one&expand[]=two', 'note=hello+there&a=y&empty=')).toEqual({
      ok: true,
      params: { a: 'y', expand: { 0: 'one', 1: 'two' }, note: 'hello there', empty: '' },
    });
  });

  it('reads index-keyed objects as lists in index order, and other objects not', () => {
    const decoded = decodeForm('expand[10]=x&expand[2]=y&metadata[a]=1');
    if (!decoded.ok) throw new Error(decoded.message);
    expect(asList(decoded.params.expand)).toEqual(['y', 'x']);
    expect(asList(decoded.params.metadata)).toBeUndefined();
    expect(asList('x')).toBeUndefined();
  });

  it('refuses prototype keys, unclosed brackets and a key used as both value and object', () => {
    expect(decodeForm('__proto__[x]=1').ok).toBe(false);
    expect(decodeForm('a[constructor]=1').ok).toBe(false);
    expect(decodeForm('a[b=1').ok).toBe(false);
    expect(decodeForm('[a]=1').ok).toBe(false);
    expect(decodeForm('a=1&a[b]=2').ok).toBe(false);
    expect(decodeForm('a[b]=2&a=1').ok).toBe(false);
    expect(decodeForm(`${'a'}${'[b]'.repeat(12)}=1`).ok).toBe(false);
  });
});
