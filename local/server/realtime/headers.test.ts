import { describe, expect, it } from 'vitest';
import {
  decodeBase64Lenient,
  decodeHeaderValue,
  offeredSubprotocols,
  rawQueryParam,
  readAuthCarrier,
} from './headers.ts';

// This JSON's base64 contains `+`, `/` and padding, so every alphabet/padding variant differs.
const headers = { host: 'abc.appsync-api.us-east-1.amazonaws.com', 'x-api-key': 'da2-key>>>???~~~', n: 'üx' };
const json = JSON.stringify(headers);
const standard = Buffer.from(json).toString('base64');
const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_');
const request = (url: string, protocol?: string) => ({
  url,
  headers: protocol === undefined ? {} : { 'sec-websocket-protocol': protocol },
});

describe('decodeBase64Lenient', () => {
  it('the fixture really exercises both alphabets and padding', () => {
    expect(standard).toMatch(/[+/]/);
    expect(standard).toMatch(/=$/);
  });

  it.each([
    ['standard, padded', standard],
    ['standard, unpadded', standard.replace(/=+$/, '')],
    ['url-safe, padded', urlSafe],
    ['url-safe, unpadded', urlSafe.replace(/=+$/, '')],
    ['a + that became a space', standard.replace(/\+/g, ' ')],
  ])('decodes %s', (_label, value) => {
    expect(decodeBase64Lenient(value)).toBe(json);
  });

  it.each(['not base64!', 'abc=d', 'a', '{"host":"x"}'])('refuses %j', (value) => {
    expect(decodeBase64Lenient(value)).toBeUndefined();
  });
});

describe('decodeHeaderValue', () => {
  it('returns the header object with string values', () => {
    expect(decodeHeaderValue(standard)).toEqual({ ok: true, headers });
  });

  it('stringifies scalars and drops nested values', () => {
    const value = Buffer.from(JSON.stringify({ a: 1, b: true, c: { d: 1 }, e: null })).toString('base64');
    expect(decodeHeaderValue(value)).toEqual({ ok: true, headers: { a: '1', b: 'true' } });
  });

  it.each([
    ['not base64', '***'],
    ['not JSON', Buffer.from('hello').toString('base64')],
    ['not a JSON object', Buffer.from('[1,2]').toString('base64')],
  ])('explains a value that is %s', (message, value) => {
    expect(decodeHeaderValue(value)).toEqual({ ok: false, message });
  });
});

describe('offeredSubprotocols / rawQueryParam', () => {
  it('splits and trims the protocol list, also across repeated headers', () => {
    expect(offeredSubprotocols('graphql-ws,  header-abc')).toEqual(['graphql-ws', 'header-abc']);
    expect(offeredSubprotocols(['graphql-ws', 'header-abc'])).toEqual(['graphql-ws', 'header-abc']);
    expect(offeredSubprotocols(undefined)).toEqual([]);
  });

  it('keeps a literal + and decodes %XX', () => {
    expect(rawQueryParam('/graphql/realtime?payload=e30=&header=ab+c%2Fd%3D', 'header')).toBe('ab+c/d=');
    expect(rawQueryParam('/graphql/realtime?payload=e30=', 'header')).toBeUndefined();
  });
});

describe('readAuthCarrier', () => {
  it('reads the subprotocol carrier (base64url, no padding) as Amplify v6 sends it', () => {
    const result = readAuthCarrier(request('/graphql/realtime', `graphql-ws, header-${urlSafe.replace(/=+$/, '')}`));
    expect(result).toEqual({ ok: true, carrier: 'subprotocol', headers });
  });

  it('reads the query carrier, encoded or raw', () => {
    const encoded = readAuthCarrier(
      request(`/graphql/realtime?header=${encodeURIComponent(standard)}&payload=e30=`, 'graphql-ws'),
    );
    const raw = readAuthCarrier(request(`/graphql/realtime?header=${standard}&payload=e30=`, 'graphql-ws'));
    expect(encoded).toEqual({ ok: true, carrier: 'query', headers });
    expect(raw).toEqual(encoded);
  });

  it('prefers the subprotocol carrier when both are present', () => {
    const other = Buffer.from(JSON.stringify({ host: 'other' })).toString('base64url');
    const result = readAuthCarrier(request(`/graphql/realtime?header=${standard}`, `graphql-ws, header-${other}`));
    expect(result).toEqual({ ok: true, carrier: 'subprotocol', headers: { host: 'other' } });
  });

  it('reports no carrier as empty headers, and a broken one as an error', () => {
    expect(readAuthCarrier(request('/graphql/realtime', 'graphql-ws'))).toEqual({
      ok: true,
      carrier: 'none',
      headers: {},
    });
    expect(readAuthCarrier(request('/graphql/realtime?header=%%%', 'graphql-ws'))).toMatchObject({
      ok: false,
      carrier: 'query',
    });
    expect(readAuthCarrier(request('/x', 'graphql-ws, header-bm90IGpzb24'))).toEqual({
      ok: false,
      carrier: 'subprotocol',
      message: 'header subprotocol is not JSON',
    });
  });
});
