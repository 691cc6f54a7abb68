// Admin resolvers for shipping methods, tax rates and promotion codes, handler by handler through the
// runtime: the input checks (resolvers/lib/pricing-input.ts, every rule, nothing written), the exact
// conditional writes, and how refused conditions become the contract's errors.
import { describe, expect, it } from 'vitest';
import { callers, ISO_TIME, run, ULID } from '../support/resolver-harness.ts';

const admin = { identity: callers.admin };
const method = (overrides: Record<string, unknown> = {}) => ({
  name: ' Standard ',
  countries: ['us', 'DE', 'Us', 'ca'],
  price: { amount: 500 },
  freeOver: 5000,
  minDays: 3,
  maxDays: 5,
  ...overrides,
});
const code = (overrides: Record<string, unknown> = {}) => ({ code: 'Summer_24', percentOff: 10, ...overrides });
const conditionFailed = { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' };

async function problemsOf(path: string, args: Record<string, unknown>) {
  const { error, result } = await run(path, 'request', { ...admin, arguments: args });
  expect(result, 'nothing may be requested for malformed input').toBeUndefined();
  expect(error?.errorType).toBe('ValidationError');
  return { fields: error?.errorInfo.fields as string[], message: error?.message as string };
}

describe('shipping method input', () => {
  const CREATE = 'pricing/Mutation.createShippingMethod/index';

  it('stores countries upper case, unique and sorted, the name trimmed, active by default', async () => {
    const { stash, error } = await run(CREATE, 'request', { ...admin, arguments: { input: method() } });
    expect(error).toBeUndefined();
    expect(stash.input).toEqual({
      name: 'Standard',
      countries: ['CA', 'DE', 'US'],
      price: 500,
      freeOver: 5000,
      minDays: 3,
      maxDays: 5,
      active: true,
    });
  });

  it.each([
    ['an empty name', { name: '   ' }, ['input.name']],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, ['input.name']],
    ['a control character in the name', { name: 'Std\u0007' }, ['input.name']],
    ['no countries', { countries: [] }, ['input.countries']],
    ['251 countries', { countries: Array.from({ length: 251 }, () => 'US') }, ['input.countries']],
    ['a country of three letters', { countries: ['US', 'USA'] }, ['input.countries[1]']],
    ['a country with a digit', { countries: ['U1'] }, ['input.countries[0]']],
    ['a negative price', { price: { amount: -1 } }, ['input.price.amount']],
    ['a price over 100,000,000', { price: { amount: 100000001 } }, ['input.price.amount']],
    ['another currency', { price: { amount: 500, currency: 'EUR' } }, ['input.price.currency']],
    ['a negative freeOver', { freeOver: -5 }, ['input.freeOver']],
    ['minDays over 365', { minDays: 366, maxDays: null }, ['input.minDays']],
    ['maxDays below minDays', { minDays: 5, maxDays: 3 }, ['input.maxDays']],
    ['negative maxDays', { minDays: null, maxDays: -1 }, ['input.maxDays']],
  ])('refuses %s, naming the field', async (_what, overrides, fields) => {
    expect((await problemsOf(CREATE, { input: method(overrides) })).fields).toEqual(fields);
  });

  it('reports every problem at once', async () => {
    const { fields } = await problemsOf(CREATE, {
      input: method({ name: '', countries: ['x'], price: { amount: 1.5 }, minDays: 9, maxDays: 1 }),
    });
    expect(fields).toEqual(['input.name', 'input.countries[0]', 'input.price.amount', 'input.maxDays']);
  });
});

describe('Mutation.createShippingMethod', () => {
  const COUNT = 'pricing/Mutation.createShippingMethod/01.countMethods';
  const PUT = 'pricing/Mutation.createShippingMethod/02.putMethod';

  it('counts the listing with one Query of at most 100 ids', async () => {
    const { result } = await run(COUNT, 'request', admin);
    expect(result).toMatchObject({
      operation: 'Query',
      index: 'GSI1',
      limit: 100,
      query: { expressionValues: { ':gsi1pk_eq': { S: 'SHIPPINGMETHODS' } } },
      projection: { expressionNames: { '#expName_1': 'id' } },
    });
  });

  it('refuses the 101st method with a ValidationError and lets the 100th through', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `M${i}` }));
    const full = await run(COUNT, 'response', { ...admin, result: { items: ids(100) } });
    expect(full.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { limit: 100 } });
    const room = await run(COUNT, 'response', { ...admin, result: { items: ids(99) } });
    expect(room.error).toBeUndefined();
    expect(room.result).toBe(99);
  });

  it('puts the method only if absent, with listing keys, a revision and no NULL attributes', async () => {
    const input = { name: 'Express', countries: ['US'], price: 1500, freeOver: null, minDays: 1, maxDays: 2 };
    const { result, stash } = await run(PUT, 'request', { ...admin, stash: { input: { ...input, active: true } } });
    const id = stash.method.id;
    expect(id).toMatch(ULID);
    expect(stash.method.revision).toMatch(ULID);
    expect(stash.method.updatedAt).toMatch(ISO_TIME);
    expect(result).toMatchObject({
      operation: 'PutItem',
      key: { pk: { S: `SHIPPINGMETHOD#${id}` }, sk: { S: 'SHIPPINGMETHOD' } },
      condition: { expression: '(attribute_not_exists(#pk))' },
      attributeValues: {
        entity: { S: 'ShippingMethod' },
        gsi1pk: { S: 'SHIPPINGMETHODS' },
        gsi1sk: { S: id },
        countries: { L: [{ S: 'US' }] },
        price: { N: 1500 },
        active: { BOOL: true },
      },
    });
    expect(result.attributeValues.freeOver).toBeUndefined();
    const out = await run(PUT, 'response', { ...admin, stash, result: {} });
    expect(out.result).toEqual({
      id,
      name: 'Express',
      countries: ['US'],
      price: { amount: 1500, currency: 'USD' },
      freeOver: null,
      minDays: 1,
      maxDays: 2,
      active: true,
    });
  });
});

describe('Mutation.updateShippingMethod', () => {
  const UPDATE = 'pricing/Mutation.updateShippingMethod';
  const id = '01JMETHD000000000000000000';

  it('updates only an existing method, removing omitted optional fields and keeping createdAt', async () => {
    const { result } = await run(UPDATE, 'request', {
      ...admin,
      arguments: { id, input: method({ freeOver: null, active: false }) },
    });
    expect(result.operation).toBe('UpdateItem');
    expect(result.key).toEqual({ pk: { S: `SHIPPINGMETHOD#${id}` }, sk: { S: 'SHIPPINGMETHOD' } });
    expect(result.condition.expression).toBe('(attribute_exists(#pk))');
    const names = Object.values(result.update.expressionNames);
    expect(names).toEqual(expect.arrayContaining(['name', 'countries', 'price', 'active', 'revision', 'updatedAt']));
    expect(names).not.toContain('createdAt');
    const removed = /REMOVE (#\w+)$/.exec(result.update.expression)?.[1];
    expect(removed && result.update.expressionNames[removed]).toBe('freeOver');
  });

  it('answers an unknown or malformed id with NotFound', async () => {
    const missing = await run(UPDATE, 'response', {
      ...admin,
      arguments: { id, input: method() },
      error: conditionFailed,
    });
    expect(missing.error).toMatchObject({ errorType: 'NotFound', errorInfo: { fields: ['id'] } });
    const malformed = await run(UPDATE, 'request', { ...admin, arguments: { id: 'nope', input: method() } });
    expect(malformed.error).toMatchObject({ errorType: 'NotFound' });
  });
});

describe('tax rates', () => {
  it('puts the rate under the upper-case country and region, replacing any', async () => {
    const { result, error } = await run('pricing/Mutation.setTaxRate', 'request', {
      ...admin,
      arguments: { input: { country: 'us', region: ' California ', rate: 725, name: 'Sales tax' } },
    });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({
      operation: 'PutItem',
      key: { pk: { S: 'TAXRATE#US' }, sk: { S: 'TAXRATE#CALIFORNIA' } },
      attributeValues: { country: { S: 'US' }, region: { S: 'CALIFORNIA' }, gsi1sk: { S: 'US#CALIFORNIA' } },
    });
    expect(result.condition).toBeUndefined();
    expect(result.attributeValues.revision.S).toMatch(ULID);
  });

  it.each([
    ['a three-letter country', { country: 'USA' }, ['input.country']],
    ['a rate over 10,000', { rate: 10001 }, ['input.rate']],
    ['a negative rate', { rate: -1 }, ['input.rate']],
    ['an empty region', { region: '  ' }, ['input.region']],
    ['a region over 100 characters', { region: 'R'.repeat(101) }, ['input.region']],
    ['a region with a line break', { region: 'New\nYork' }, ['input.region']],
    ['a name over 50 characters', { name: 'n'.repeat(51) }, ['input.name']],
    ['an empty name', { name: '' }, ['input.name']],
  ])('setTaxRate refuses %s', async (_what, overrides, fields) => {
    const input = { country: 'DE', rate: 1900, name: 'VAT', ...overrides };
    expect((await problemsOf('pricing/Mutation.setTaxRate', { input })).fields).toEqual(fields);
  });

  it('deleteTaxRate: true when there was a rate, else false; a bad country is a ValidationError', async () => {
    const { result } = await run('pricing/Mutation.deleteTaxRate', 'request', {
      ...admin,
      arguments: { country: 'de', region: null },
    });
    expect(result).toMatchObject({ operation: 'DeleteItem', key: { pk: { S: 'TAXRATE#DE' }, sk: { S: 'TAXRATE' } } });
    const gone = await run('pricing/Mutation.deleteTaxRate', 'response', { ...admin, result: { country: 'DE' } });
    expect(gone.result).toBe(true);
    const none = await run('pricing/Mutation.deleteTaxRate', 'response', { ...admin, result: null });
    expect(none.result).toBe(false);
    expect((await problemsOf('pricing/Mutation.deleteTaxRate', { country: 'D' })).fields).toEqual(['country']);
  });
});

describe('promotion codes', () => {
  const CREATE = 'pricing/Mutation.createPromotionCode';

  it('puts the code under its upper-case form only if absent, with 0 redemptions', async () => {
    const { result, stash } = await run(CREATE, 'request', { ...admin, arguments: { input: code() } });
    expect(result).toMatchObject({
      operation: 'PutItem',
      key: { pk: { S: 'PROMOCODE#SUMMER_24' }, sk: { S: 'PROMOCODE' } },
      condition: { expression: '(attribute_not_exists(#pk))' },
      attributeValues: {
        code: { S: 'SUMMER_24' },
        percentOff: { N: 10 },
        redemptions: { N: 0 },
        active: { BOOL: true },
        oncePerCustomer: { BOOL: false },
        gsi1pk: { S: 'PROMOCODES' },
        gsi1sk: { S: `${stash.code.createdAt}#SUMMER_24` },
      },
    });
    expect(result.attributeValues.amountOff).toBeUndefined();
    const taken = await run(CREATE, 'response', { ...admin, stash, error: conditionFailed });
    expect(taken.error).toMatchObject({ errorType: 'ConflictError', errorInfo: { fields: ['input.code'] } });
  });

  it.each([
    ['a code of two characters', { code: 'AB' }, ['input.code']],
    ['a code of 33 characters', { code: 'A'.repeat(33) }, ['input.code']],
    ['a code with a space', { code: 'SUM MER' }, ['input.code']],
    ['percentOff 0', { percentOff: 0 }, ['input.percentOff']],
    ['percentOff 101', { percentOff: 101 }, ['input.percentOff']],
    ['both percentOff and amountOff', { amountOff: 100 }, ['input.percentOff', 'input.amountOff']],
    ['neither percentOff nor amountOff', { percentOff: null }, ['input.percentOff', 'input.amountOff']],
    ['amountOff 0', { percentOff: null, amountOff: 0 }, ['input.amountOff']],
    ['a negative minSubtotal', { minSubtotal: -1 }, ['input.minSubtotal']],
    ['maxRedemptions 0', { maxRedemptions: 0 }, ['input.maxRedemptions']],
    ['endsAt before startsAt', { startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-05-31T23:59:59Z' }, ['input.endsAt']],
    [
      'endsAt equal to startsAt',
      { startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-06-01T02:00:00+02:00' },
      ['input.endsAt'],
    ],
  ])('createPromotionCode refuses %s', async (_what, overrides, fields) => {
    expect((await problemsOf(CREATE, { input: code(overrides) })).fields).toEqual(fields);
  });

  it('accepts endsAt after startsAt across time zones', async () => {
    const window = { startsAt: '2026-06-01T00:00:00+02:00', endsAt: '2026-05-31T23:00:00Z' };
    const input = code(window);
    const { error, stash } = await run(CREATE, 'request', { ...admin, arguments: { input } });
    expect(error).toBeUndefined();
    expect(stash.code).toMatchObject(window);
  });

  it('setPromotionCodeActive updates the upper-case code only if it exists, else NotFound', async () => {
    const ACTIVE = 'pricing/Mutation.setPromotionCodeActive';
    const { result } = await run(ACTIVE, 'request', { ...admin, arguments: { code: 'summer_24', active: false } });
    expect(result).toMatchObject({
      operation: 'UpdateItem',
      key: { pk: { S: 'PROMOCODE#SUMMER_24' }, sk: { S: 'PROMOCODE' } },
      condition: { expression: '(attribute_exists(#pk))' },
    });
    const missing = await run(ACTIVE, 'response', {
      ...admin,
      arguments: { code: 'nope', active: true },
      error: conditionFailed,
    });
    expect(missing.error).toMatchObject({ errorType: 'NotFound', message: 'code: no promotion code NOPE' });
    const malformed = await run(ACTIVE, 'request', { ...admin, arguments: { code: 'x'.repeat(3000), active: true } });
    expect(malformed.error).toMatchObject({ errorType: 'NotFound' });
  });
});

describe('Query.shippingMethods', () => {
  const item = (id: string, name: string, price: number, countries: string[], active = true) => ({
    id,
    name,
    price,
    countries,
    active,
    revision: 'R',
    createdAt: 'T',
    updatedAt: 'T',
  });

  it('answers a country not of two letters with a ValidationError, without a read', async () => {
    for (const country of ['U', 'USA', '1A', '']) {
      const { error, result } = await run('pricing/Query.shippingMethods', 'request', {
        arguments: { country },
      });
      expect(result).toBeUndefined();
      expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['country'] } });
    }
  });

  it('lists the active methods serving the country, cheapest first', async () => {
    const { result, stash } = await run('pricing/Query.shippingMethods', 'request', { arguments: { country: 'de' } });
    expect(result).toMatchObject({ operation: 'Query', index: 'GSI1' });
    const items = [
      item('A', 'Express', 1500, ['DE', 'US']),
      item('B', 'Standard', 500, ['DE']),
      item('C', 'Pallet', 100, ['DE'], false),
      item('D', 'Local', 200, ['US']),
    ];
    const out = await run('pricing/Query.shippingMethods', 'response', { stash, result: { items } });
    expect((out.result as Array<{ id: string }>).map((m) => m.id)).toEqual(['B', 'A']);
  });

  it('allShippingMethods sorts every method by name, whatever the case', async () => {
    const items = [item('A', 'express', 1, ['DE']), item('B', 'Bulk', 1, ['DE'], false), item('C', 'Zone', 1, ['DE'])];
    const out = await run('pricing/Query.allShippingMethods', 'response', { ...admin, result: { items } });
    expect((out.result as Array<{ name: string }>).map((m) => m.name)).toEqual(['Bulk', 'express', 'Zone']);
  });
});
