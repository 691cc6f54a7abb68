import { beforeEach, describe, expect, it } from 'vitest';
import { currentState, freshState, setCurrentState } from '../state.ts';
import { addResponseHeader, addResponseHeaders, copyHeaders } from './http.ts';

// Restrictions and examples: https://docs.aws.amazon.com/appsync/latest/devguide/http-helpers-in-utils-http-js.html
beforeEach(() => setCurrentState(freshState(undefined, 'API Key Authorization')));

describe('util.http.copyHeaders', () => {
  it('drops the documented restricted headers, in any case, and keeps the rest', () => {
    const headers = {
      'transfer-encoding': 'chunked',
      Connection: 'keep-alive',
      host: 'example.com',
      expect: '100-continue',
      'keep-alive': 'timeout=5',
      upgrade: 'h2c',
      'proxy-authenticate': 'Basic',
      'proxy-authorization': 'Basic x',
      te: 'trailers',
      'Content-Length': '42',
      authorization: 'Bearer abc',
      'x-api-key': 'da2-key',
      'content-type': 'application/json',
      'user-agent': 'curl',
    };
    expect(copyHeaders(headers)).toEqual({
      authorization: 'Bearer abc',
      'x-api-key': 'da2-key',
      'content-type': 'application/json',
      'user-agent': 'curl',
    });
  });

  it('returns a copy, and null for null', () => {
    const headers = { a: '1' };
    const copy = copyHeaders(headers)!;
    copy['b'] = '2';
    expect(headers).toEqual({ a: '1' });
    expect(copyHeaders({})).toEqual({});
    expect(copyHeaders(null as unknown as Record<string, unknown>)).toBeNull();
  });
});

describe('util.http.addResponseHeader(s)', () => {
  it('records the documented examples', () => {
    addResponseHeader('itemsCount', 7);
    addResponseHeader('render', 'fast');
    addResponseHeaders({ headerInt: 12, headerString: 'stringValue', headerObject: { field1: 7, field2: 'string' } });
    expect(currentState().responseHeaders).toEqual({
      itemsCount: '7',
      render: 'fast',
      headerInt: '12',
      headerString: 'stringValue',
      headerObject: '{"field1":7,"field2":"string"}',
    });
    expect(currentState().appendedErrors).toEqual([]);
  });

  it('keeps the last definition of a name (names compare case-insensitively)', () => {
    addResponseHeader('X-Trace', 'one');
    addResponseHeader('x-trace', 'two');
    expect(currentState().responseHeaders).toEqual({ 'x-trace': 'two' });
  });

  it('ignores refused headers and appends a ResponseHeaderError for each', () => {
    addResponseHeader('x-amzn-RequestId', 'a');
    addResponseHeader('X-Amz-Date', 'b');
    addResponseHeader('Content-Type', 'text/plain');
    addResponseHeader('access-control-allow-origin', '*');
    addResponseHeader('Vary', 'Origin');
    addResponseHeader('host', 'x');
    addResponseHeader('', 'empty');
    addResponseHeader('nullValue', null);
    addResponseHeader('ok', 'yes');
    expect(currentState().responseHeaders).toEqual({ ok: 'yes' });
    const errors = currentState().appendedErrors;
    expect(errors).toHaveLength(8);
    expect(errors.every((e) => e.errorType === 'ResponseHeaderError')).toBe(true);
    expect(errors[0]!.message).toBe(
      "Invalid response header: header 'x-amzn-RequestId' uses a restricted prefix (x-amzn-, x-amz-)",
    );
    expect(errors[2]!.message).toBe("Invalid response header: header 'Content-Type' is restricted");
  });

  it('limits custom headers to 4 KB in total, counting every definition', () => {
    addResponseHeader('big', 'x'.repeat(4090)); // 3 + 4090 = 4093 bytes
    addResponseHeader('abc', 'y'); // 4 more bytes would exceed 4096
    expect(currentState().responseHeaders).toEqual({ big: 'x'.repeat(4090) });
    expect(currentState().appendedErrors[0]!.message).toBe(
      'Invalid response header: custom response headers exceed 4096 bytes',
    );
    addResponseHeader('ab', 'c'); // exactly 4096
    expect(currentState().responseHeaders['ab']).toBe('c');
  });

  it('counts UTF-8 bytes and starts over with a new evaluation', () => {
    addResponseHeader('u', 'é'.repeat(2047)); // 1 + 4094 bytes
    addResponseHeader('v', 'é'); // 3 more bytes: too many
    expect(Object.keys(currentState().responseHeaders)).toEqual(['u']);
    setCurrentState(freshState(undefined, 'API Key Authorization'));
    addResponseHeader('v', 'é');
    expect(currentState().responseHeaders).toEqual({ v: 'é' });
  });

  it('addResponseHeaders with nothing to add does nothing', () => {
    addResponseHeaders({});
    addResponseHeaders(null as unknown as Record<string, unknown>);
    expect(currentState().responseHeaders).toEqual({});
    expect(currentState().appendedErrors).toEqual([]);
  });
});
