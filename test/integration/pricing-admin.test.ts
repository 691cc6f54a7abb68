// Shipping methods, tax rates and promotion codes as the admin pages and storefronts call them, over
// HTTP against `npm start` (with its demo seed): every admin operation and its round trip, who may
// call what, each validation rule with nothing written, and the uniqueness and existence rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql, type GraphQLResponse } from '../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signedGraphql } from '../support/sigv4-client.ts';

type Call = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

let shop: ShopProcess;
let admin: Call;
let shopper: Call;
let apiKey: Call;
let iam: Call;

const METHOD = 'id name countries price { amount currency } freeOver { amount currency } minDays maxDays active';
const CODE =
  'code percentOff amountOff minSubtotal startsAt endsAt maxRedemptions oncePerCustomer active redemptions createdAt';
// The admin listings read GSI1, which may lag a write for a moment (as on AWS): reads after writes poll.
const Q = {
  serving: `query($c: String!) { shippingMethods(country: $c) { ${METHOD} } }`,
  all: `{ allShippingMethods { ${METHOD} } }`,
  rates: '{ taxRates { country region rate name } }',
  codes: `{ promotionCodes { ${CODE} } }`,
  create: `mutation($input: ShippingMethodInput!) { createShippingMethod(input: $input) { ${METHOD} } }`,
  update:
    'mutation($id: ID!, $input: ShippingMethodInput!) { ' +
    `updateShippingMethod(id: $id, input: $input) { ${METHOD} } }`,
  setRate: 'mutation($input: TaxRateInput!) { setTaxRate(input: $input) { country region rate name } }',
  deleteRate: 'mutation($c: String!, $r: String) { deleteTaxRate(country: $c, region: $r) }',
  createCode: `mutation($input: PromotionCodeInput!) { createPromotionCode(input: $input) { ${CODE} } }`,
  setActive: `mutation($code: String!, $on: Boolean!) { setPromotionCodeActive(code: $code, active: $on) { ${CODE} } }`,
};

const method = (overrides: Record<string, unknown> = {}) => ({
  name: 'Pallet',
  countries: ['de', 'AT', 'at'],
  price: { amount: 9900 },
  minDays: 5,
  maxDays: 10,
  ...overrides,
});

const data = (out: GraphQLResponse) => {
  expect(out.body.errors).toBeUndefined();
  return out.body.data;
};
const firstError = (out: GraphQLResponse) => out.body.errors?.[0];

beforeAll(async () => {
  shop = await startShopProcess();
  const url = shop.outputs.graphqlUrl;
  const adminToken = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  const shopperToken = (await signIn(shop.outputs, 'shopper@example.com')).idToken;
  admin = (query, variables = {}) => graphql(url, query, variables, { authorization: adminToken });
  shopper = (query, variables = {}) => graphql(url, query, variables, { authorization: shopperToken });
  apiKey = (query, variables = {}) => graphql(url, query, variables, { 'x-api-key': shop.outputs.apiKey });
  iam = (query, variables = {}) => signedGraphql(url, shop.outputs.iam, shop.outputs.region, query, variables);
}, 180_000);
afterAll(async () => {
  await shop?.stop();
});

describe('the demo seed', () => {
  it('has Standard and Express for the storefront countries, WELCOME10, and no tax rate', async () => {
    const all = data(await admin(Q.all)).allShippingMethods;
    expect(all.map((m: any) => [m.name, m.price.amount, m.freeOver?.amount ?? null, m.minDays, m.maxDays])).toEqual([
      ['Express', 1500, null, 1, 2],
      ['Standard', 500, 5000, 3, 5],
    ]);
    for (const m of all) expect(m.countries).toEqual(expect.arrayContaining(['US', 'CA', 'GB', 'DE', 'FR', 'NL']));
    expect(data(await admin(Q.codes)).promotionCodes).toEqual([
      expect.objectContaining({ code: 'WELCOME10', percentOff: 10, amountOff: null, active: true, redemptions: 0 }),
    ]);
    expect(data(await admin(Q.rates)).taxRates).toEqual([]);
  });
});

describe('who may call what', () => {
  it('lets anyone list the methods serving a country: API key, shopper, admin, IAM', async () => {
    for (const call of [apiKey, shopper, admin, iam]) {
      const list = data(await call(Q.serving, { c: 'us' })).shippingMethods;
      expect(list.map((m: any) => m.name)).toEqual(['Standard', 'Express']);
      expect(list[0]).toMatchObject({ price: { amount: 500, currency: 'USD' }, freeOver: { amount: 5000 } });
    }
    expect(data(await apiKey(Q.serving, { c: 'JP' })).shippingMethods).toEqual([]);
  });

  it('answers shoppers, the API key and IAM with Unauthorized for every admin operation, writing nothing', async () => {
    const attempts: Array<[string, Record<string, unknown>, string]> = [
      [Q.all, {}, 'allShippingMethods'],
      [Q.rates, {}, 'taxRates'],
      [Q.codes, {}, 'promotionCodes'],
      [Q.create, { input: method({ name: 'Sneaky' }) }, 'createShippingMethod'],
      [Q.update, { id: '01JAAAAAAAAAAAAAAAAAAAAAAA', input: method() }, 'updateShippingMethod'],
      [Q.setRate, { input: { country: 'US', rate: 100, name: 'Sneaky' } }, 'setTaxRate'],
      [Q.deleteRate, { c: 'US' }, 'deleteTaxRate'],
      [Q.createCode, { input: { code: 'SNEAKY', percentOff: 90 } }, 'createPromotionCode'],
      [Q.setActive, { code: 'WELCOME10', on: false }, 'setPromotionCodeActive'],
    ];
    for (const call of [shopper, apiKey, iam]) {
      for (const [query, variables, field] of attempts) {
        const out = await call(query, variables);
        expect(out.body.data ?? null, field).toBeNull();
        expect(firstError(out), field).toMatchObject({ errorType: 'Unauthorized', path: [field] });
      }
    }
    const names = data(await admin(Q.all)).allShippingMethods.map((m: any) => m.name);
    expect(names).not.toContain('Sneaky');
    expect(data(await admin(Q.rates)).taxRates).toEqual([]);
    const codes = data(await admin(Q.codes)).promotionCodes;
    expect(codes.map((c: any) => [c.code, c.active])).toEqual([['WELCOME10', true]]);
  });

  it('answers a country that is not two letters with a ValidationError', async () => {
    for (const c of ['U', 'USA', '12', ' us']) {
      const out = await apiKey(Q.serving, { c });
      expect(firstError(out), c).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['country'] } });
    }
  });
});

describe('shipping methods', () => {
  it('creates, lists and updates a method, keeping its id; inactive ones are not served', async () => {
    const created = data(
      await admin(Q.create, { input: method({ name: '  Pallet ', freeOver: 100000 }) }),
    ).createShippingMethod;
    expect(created).toMatchObject({
      name: 'Pallet',
      countries: ['AT', 'DE'],
      price: { amount: 9900, currency: 'USD' },
      freeOver: { amount: 100000, currency: 'USD' },
      minDays: 5,
      maxDays: 10,
      active: true,
    });
    await expect
      .poll(async () => data(await admin(Q.all)).allShippingMethods.map((m: any) => m.name))
      .toEqual(['Express', 'Pallet', 'Standard']);
    const inAustria = data(await apiKey(Q.serving, { c: 'at' })).shippingMethods;
    expect(inAustria.map((m: any) => m.name)).toEqual(['Standard', 'Express', 'Pallet']);

    const input = method({ name: 'Freight', countries: ['ch'], price: { amount: 100 }, minDays: null, active: false });
    const updated = data(await admin(Q.update, { id: created.id, input })).updateShippingMethod;
    expect(updated).toEqual({
      id: created.id,
      name: 'Freight',
      countries: ['CH'],
      price: { amount: 100, currency: 'USD' },
      freeOver: null,
      minDays: null,
      maxDays: 10,
      active: false,
    });
    const listed = data(await admin(Q.all)).allShippingMethods.find((m: any) => m.id === created.id);
    expect(listed).toEqual(updated);
    expect(data(await apiKey(Q.serving, { c: 'CH' })).shippingMethods).toEqual([]);
    const back = data(await admin(Q.update, { id: created.id, input: { ...input, active: true } }));
    expect(back.updateShippingMethod.active).toBe(true);
    expect(data(await apiKey(Q.serving, { c: 'CH' })).shippingMethods.map((m: any) => m.id)).toEqual([created.id]);
  });

  it('answers an update of an unknown or malformed id with NotFound and creates nothing', async () => {
    const before = data(await admin(Q.all)).allShippingMethods;
    for (const id of ['01JZZZZZZZZZZZZZZZZZZZZZZZ', 'not-a-ulid']) {
      const out = await admin(Q.update, { id, input: method({ name: 'Ghost' }) });
      expect(firstError(out), id).toMatchObject({ errorType: 'NotFound', errorInfo: { fields: ['id'] } });
    }
    expect(data(await admin(Q.all)).allShippingMethods).toEqual(before);
  });

  it('refuses each broken rule with a ValidationError naming the field, writing nothing', async () => {
    const before = data(await admin(Q.all)).allShippingMethods;
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ name: '' }, ['input.name']],
      [{ name: 'n'.repeat(101) }, ['input.name']],
      [{ name: 'Tab\there' }, ['input.name']],
      [{ countries: [] }, ['input.countries']],
      [{ countries: Array.from({ length: 251 }, () => 'DE') }, ['input.countries']],
      [{ countries: ['DE', 'DEU'] }, ['input.countries[1]']],
      [{ price: { amount: -1 } }, ['input.price.amount']],
      [{ price: { amount: 100000001 } }, ['input.price.amount']],
      [{ price: { amount: 100, currency: 'EUR' } }, ['input.price.currency']],
      [{ freeOver: 100000001 }, ['input.freeOver']],
      [{ minDays: -1 }, ['input.minDays']],
      [{ maxDays: 366 }, ['input.maxDays']],
      [{ minDays: 4, maxDays: 3 }, ['input.maxDays']],
    ];
    for (const [overrides, fields] of cases) {
      const out = await admin(Q.create, { input: method(overrides) });
      expect(firstError(out), JSON.stringify(overrides).slice(0, 80)).toMatchObject({
        errorType: 'ValidationError',
        errorInfo: { fields },
      });
      const update = await admin(Q.update, { id: before[0].id, input: method(overrides) });
      expect(firstError(update)).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields } });
    }
    expect(data(await admin(Q.all)).allShippingMethods).toEqual(before);
  });
});

describe('tax rates', () => {
  it('sets, replaces, lists and deletes rates; a region rate and the country rate coexist', async () => {
    const set = async (input: Record<string, unknown>) => data(await admin(Q.setRate, { input })).setTaxRate;
    expect(await set({ country: 'us', region: ' California ', rate: 725, name: 'CA sales tax' })).toEqual({
      country: 'US',
      region: 'CALIFORNIA',
      rate: 725,
      name: 'CA sales tax',
    });
    await set({ country: 'DE', rate: 1900, name: 'MwSt' });
    await set({ country: 'US', rate: 0, name: 'No federal sales tax' });
    await set({ country: 'de', rate: 1600, name: 'MwSt (reduced)' });
    await expect
      .poll(async () => data(await admin(Q.rates)).taxRates)
      .toEqual([
        { country: 'DE', region: null, rate: 1600, name: 'MwSt (reduced)' },
        { country: 'US', region: null, rate: 0, name: 'No federal sales tax' },
        { country: 'US', region: 'CALIFORNIA', rate: 725, name: 'CA sales tax' },
      ]);

    const del = async (c: string, r?: string) => data(await admin(Q.deleteRate, { c, r })).deleteTaxRate;
    expect(await del('us', 'california')).toBe(true);
    expect(await del('US', 'CALIFORNIA')).toBe(false);
    expect(await del('DE')).toBe(true);
    expect(await del('DE')).toBe(false);
    await expect
      .poll(async () => data(await admin(Q.rates)).taxRates)
      .toEqual([{ country: 'US', region: null, rate: 0, name: 'No federal sales tax' }]);
    expect(await del('US')).toBe(true);
  });

  it('refuses each broken rule with a ValidationError, writing nothing', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ country: 'U' }, ['input.country']],
      [{ country: 'U5' }, ['input.country']],
      [{ region: '' }, ['input.region']],
      [{ region: 'r'.repeat(101) }, ['input.region']],
      [{ region: 'New\u0000York' }, ['input.region']],
      [{ rate: -1 }, ['input.rate']],
      [{ rate: 10001 }, ['input.rate']],
      [{ name: '' }, ['input.name']],
      [{ name: 'n'.repeat(51) }, ['input.name']],
    ];
    for (const [overrides, fields] of cases) {
      const out = await admin(Q.setRate, { input: { country: 'FR', rate: 2000, name: 'TVA', ...overrides } });
      expect(firstError(out), JSON.stringify(overrides).slice(0, 80)).toMatchObject({
        errorType: 'ValidationError',
        errorInfo: { fields },
      });
    }
    const bad = await admin(Q.deleteRate, { c: 'FRA' });
    expect(firstError(bad)).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['country'] } });
    expect(data(await admin(Q.rates)).taxRates).toEqual([]);
  });
});

describe('promotion codes', () => {
  it('creates codes, lists them newest first, and turns them on and off in any case', async () => {
    const summer = data(
      await admin(Q.createCode, {
        input: {
          code: 'Summer',
          amountOff: 1500,
          minSubtotal: 5000,
          startsAt: '2026-06-01T00:00:00Z',
          endsAt: '2026-09-01T00:00:00Z',
          maxRedemptions: 100,
          oncePerCustomer: true,
          active: false,
        },
      }),
    ).createPromotionCode;
    expect(summer).toMatchObject({
      code: 'SUMMER',
      percentOff: null,
      amountOff: 1500,
      minSubtotal: 5000,
      startsAt: '2026-06-01T00:00:00Z',
      endsAt: '2026-09-01T00:00:00Z',
      maxRedemptions: 100,
      oncePerCustomer: true,
      active: false,
      redemptions: 0,
    });
    const later = data(await admin(Q.createCode, { input: { code: 'later-5', percentOff: 5 } })).createPromotionCode;
    expect(later).toMatchObject({ code: 'LATER-5', oncePerCustomer: false, active: true, maxRedemptions: null });
    const listed = data(await admin(Q.codes)).promotionCodes;
    expect(listed.map((c: any) => c.code)).toEqual(['LATER-5', 'SUMMER', 'WELCOME10']);
    expect(listed[1]).toEqual(summer);

    const on = data(await admin(Q.setActive, { code: 'summer', on: true })).setPromotionCodeActive;
    expect(on).toEqual({ ...summer, active: true });
    await expect.poll(async () => data(await admin(Q.codes)).promotionCodes[1].active).toBe(true);
  });

  it('keeps codes unique whatever the case: ConflictError, the first one unchanged', async () => {
    const first = data(await admin(Q.createCode, { input: { code: 'Autumn', percentOff: 15 } })).createPromotionCode;
    for (const code of ['AUTUMN', 'autumn', 'aUtUmN']) {
      const out = await admin(Q.createCode, { input: { code, amountOff: 1 } });
      expect(firstError(out), code).toMatchObject({
        errorType: 'ConflictError',
        errorInfo: { fields: ['input.code'] },
      });
    }
    const stored = data(await admin(Q.codes)).promotionCodes.filter((c: any) => c.code === 'AUTUMN');
    expect(stored).toEqual([first]);
  });

  it('lets exactly one of several concurrent creates of a code in different cases win', async () => {
    const spellings = ['Winter', 'WINTER', 'winter', 'wInTeR', 'WiNtEr', 'winteR'];
    const outs = await Promise.all(spellings.map((code) => admin(Q.createCode, { input: { code, percentOff: 20 } })));
    expect(outs.filter((out) => out.body.data?.createPromotionCode?.code === 'WINTER')).toHaveLength(1);
    expect(outs.map((out) => firstError(out)?.errorType ?? 'created').sort()).toEqual([
      'ConflictError',
      'ConflictError',
      'ConflictError',
      'ConflictError',
      'ConflictError',
      'created',
    ]);
    const stored = data(await admin(Q.codes)).promotionCodes.filter((c: any) => c.code === 'WINTER');
    expect(stored).toHaveLength(1);
  });

  it('answers setPromotionCodeActive on an unknown code with NotFound, creating nothing', async () => {
    const before = data(await admin(Q.codes)).promotionCodes;
    for (const code of ['NO-SUCH-CODE', 'x', 'has space']) {
      const out = await admin(Q.setActive, { code, on: true });
      expect(firstError(out), code).toMatchObject({ errorType: 'NotFound' });
    }
    expect(data(await admin(Q.codes)).promotionCodes).toEqual(before);
  });

  it('refuses each broken rule with a ValidationError, writing nothing', async () => {
    const before = data(await admin(Q.codes)).promotionCodes;
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ code: 'AB' }, ['input.code']],
      [{ code: 'C'.repeat(33) }, ['input.code']],
      [{ code: 'NO SPACE' }, ['input.code']],
      [{ code: 'ÜBER10' }, ['input.code']],
      [{ percentOff: 0 }, ['input.percentOff']],
      [{ percentOff: 101 }, ['input.percentOff']],
      [{ percentOff: null }, ['input.percentOff', 'input.amountOff']],
      [{ amountOff: 500 }, ['input.percentOff', 'input.amountOff']],
      [{ percentOff: null, amountOff: 100000001 }, ['input.amountOff']],
      [{ minSubtotal: -1 }, ['input.minSubtotal']],
      [{ maxRedemptions: 0 }, ['input.maxRedemptions']],
      [{ startsAt: '2026-07-01T00:00:00Z', endsAt: '2026-06-30T00:00:00Z' }, ['input.endsAt']],
      [{ startsAt: '2026-07-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' }, ['input.endsAt']],
    ];
    for (const [overrides, fields] of cases) {
      const out = await admin(Q.createCode, { input: { code: 'BROKEN', percentOff: 10, ...overrides } });
      expect(firstError(out), JSON.stringify(overrides)).toMatchObject({
        errorType: 'ValidationError',
        errorInfo: { fields },
      });
    }
    expect(data(await admin(Q.codes)).promotionCodes).toEqual(before);
  });
});

describe('the limit of 100 shipping methods', () => {
  it('creates methods up to 100, then refuses the next with a ValidationError', async () => {
    const existing = data(await admin(Q.all)).allShippingMethods.length;
    for (let n = existing; n < 100; n++) {
      data(await admin(Q.create, { input: method({ name: `Bulk ${n}` }) }));
    }
    await expect.poll(async () => data(await admin(Q.all)).allShippingMethods).toHaveLength(100);
    const refused = await admin(Q.create, { input: method({ name: 'One too many' }) });
    expect(firstError(refused)).toMatchObject({ errorType: 'ValidationError', errorInfo: { limit: 100 } });
    expect(data(await admin(Q.all)).allShippingMethods).toHaveLength(100);
  }, 120_000);
});
