// Malformed requests against a real `npm start`: every wrong body answers AppSync's 400
// MalformedHttpRequestException shape, values that do not coerce to the operation's variable types
// answer ValidationError, and the same payloads in a real-time `start` answer a typed `error`
// message. Never a 5xx, never a stack trace (issue 15, findings 3 and 8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_TYPES } from '../../local/server/index.ts';
import { connectAndInit, type RawClient } from '../support/realtime-client.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';

let shop: ShopProcess;
beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
}, 120_000);
afterAll(async () => {
  await shop?.stop();
});

const QUERY = '{ categories { id } }';
const ADD = 'mutation Add($q: Int!) { addToCart(sku: "SKU-1", quantity: $q) { itemCount } }';
const NOT_OBJECT = 'The request body is not a JSON object { query, variables, operationName }';
const VARIABLES = 'variables must be a JSON object (or null)';
const NO_QUERY = 'Unable to parse GraphQL query.';
/** What a stack trace or an internal message looks like in text. */
const LEAKS = /\n\s+at |\.ts:\d+|\.js:\d+|node_modules|TypeError|RangeError|Must provide|InternalFailure/;

async function postText(body: string) {
  const response = await fetch(shop.outputs.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': shop.outputs.apiKey },
    body,
  });
  const text = await response.text();
  expect(text).not.toMatch(LEAKS);
  return { status: response.status, json: JSON.parse(text) as unknown };
}

const malformed = (message: string) => ({ errors: [{ errorType: 'MalformedHttpRequestException', message }] });

describe('malformed HTTP bodies', () => {
  it.each([
    ['variables 5', { query: QUERY, variables: 5 }, VARIABLES],
    ['variables "x"', { query: QUERY, variables: 'x' }, VARIABLES],
    ['variables true', { query: QUERY, variables: true }, VARIABLES],
    ['variables false', { query: QUERY, variables: false }, VARIABLES],
    ['variables 0', { query: QUERY, variables: 0 }, VARIABLES],
    ['variables []', { query: QUERY, variables: [] }, VARIABLES],
    ['variables [{}]', { query: QUERY, variables: [{}] }, VARIABLES],
    ['no query', { variables: {} }, NO_QUERY],
    ['query null', { query: null }, NO_QUERY],
    ['query 5', { query: 5 }, NO_QUERY],
    ['query as an object', { query: { query: QUERY } }, NO_QUERY],
    ['query as an array', { query: [QUERY] }, NO_QUERY],
    ['an empty query', { query: '' }, NO_QUERY],
    ['operationName 5', { query: QUERY, operationName: 5 }, 'operationName must be a string (or null)'],
    ['operationName {}', { query: QUERY, operationName: {} }, 'operationName must be a string (or null)'],
    ['extensions "x"', { query: QUERY, extensions: 'x' }, 'extensions must be a JSON object (or null)'],
    ['extensions []', { query: QUERY, extensions: [] }, 'extensions must be a JSON object (or null)'],
    ['a JSON array of requests', [{ query: QUERY }], NOT_OBJECT],
    ['a JSON string', QUERY, NOT_OBJECT],
    ['JSON null', null, NOT_OBJECT],
    ['a JSON number', 5, NOT_OBJECT],
  ])('answers %s with 400 MalformedHttpRequestException', async (_, body, message) => {
    expect(await postText(JSON.stringify(body))).toEqual({ status: 400, json: malformed(message) });
  });

  it.each([
    ['text that is not JSON', 'meow', NOT_OBJECT],
    ['truncated JSON', '{"query": ', NOT_OBJECT],
    ['an empty body', '', 'The request body is empty.'],
  ])('answers %s with 400 MalformedHttpRequestException', async (_, body, message) => {
    expect(await postText(body)).toEqual({ status: 400, json: malformed(message) });
  });

  it('takes null variables, operationName and extensions as none', async () => {
    const body = { query: QUERY, variables: null, operationName: null, extensions: null };
    expect(await postText(JSON.stringify(body))).toEqual({ status: 200, json: { data: { categories: [] } } });
  });
});

describe('variables that do not coerce', () => {
  it.each([
    ['a quantity over 2^31', 2147483648, 'Int cannot represent non 32-bit signed integer value: 2147483648'],
    ['a string for an Int', '2', 'Int cannot represent non-integer value: "2"'],
    ['an object for an Int', { n: 1 }, 'Int cannot represent non-integer value: { n: 1 }'],
    ['null for an Int!', null, 'Variable "$q" of non-null type "Int!" must not be null.'],
  ])('answers %s with a ValidationError before any resolver runs', async (_, q, message) => {
    const { status, json } = await postText(JSON.stringify({ query: ADD, variables: { q } }));
    expect(status).toBe(200);
    expect(json).toEqual({
      data: null,
      errors: [
        {
          path: null,
          data: null,
          errorType: 'ValidationError',
          errorInfo: null,
          locations: [{ line: 1, column: 14, sourceName: null }],
          message: expect.stringContaining(message),
        },
      ],
    });
  });
});

describe('malformed real-time start payloads', () => {
  let client: RawClient;
  const authorization = () => ({ host: new URL(shop.outputs.graphqlUrl).host, 'x-api-key': shop.outputs.apiKey });
  beforeAll(async () => {
    client = await connectAndInit(shop.outputs.realtimeUrl, authorization());
    expect(client.received.map((m) => m.type)).toContain(MESSAGE_TYPES.GQL_CONNECTION_ACK);
  });
  afterAll(() => client?.ws.close());

  const SUBSCRIBE = 'subscription S($id: ID) { onOrderStatusChanged(id: $id) { id } }';
  const data = (request: unknown) => JSON.stringify(request);

  it.each([
    ['variables 5', data({ query: SUBSCRIBE, variables: 5 }), 'MalformedHttpRequestException'],
    ['variables "x"', data({ query: SUBSCRIBE, variables: 'x' }), 'MalformedHttpRequestException'],
    ['variables []', data({ query: SUBSCRIBE, variables: [] }), 'MalformedHttpRequestException'],
    ['no query', data({ variables: {} }), 'MalformedHttpRequestException'],
    ['operationName 5', data({ query: SUBSCRIBE, operationName: 5 }), 'MalformedHttpRequestException'],
    ['data that is not JSON', 'meow', 'MalformedHttpRequestException'],
    ['data that is a JSON array', '[]', 'MalformedHttpRequestException'],
    ['a variable that does not coerce', data({ query: SUBSCRIBE, variables: { id: { a: 1 } } }), 'ValidationError'],
  ])('answers %s with a typed error message', async (name, payloadData, errorType) => {
    const id = `start-${name.replace(/\W+/g, '-')}`;
    const extensions = { authorization: authorization() };
    client.send({ id, type: MESSAGE_TYPES.GQL_START, payload: { data: payloadData, extensions } });
    const answer = await client.next((m) => m.id === id);
    expect(answer).toEqual({
      type: MESSAGE_TYPES.GQL_ERROR,
      id,
      payload: { errors: [{ errorType, message: expect.any(String) }] },
    });
    expect(JSON.stringify(answer)).not.toMatch(LEAKS);
  });
});
