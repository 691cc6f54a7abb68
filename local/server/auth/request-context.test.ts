import { describe, expect, it } from 'vitest';
import { requestHeadersForContext, sourceIpOf } from './index.ts';

describe('requestHeadersForContext', () => {
  it('lower-cases keys, stringifies values, joins repeats and keeps every header (authorization included)', () => {
    expect(
      requestHeadersForContext({
        Host: '127.0.0.1:4000',
        'Content-Type': 'application/json',
        authorization: 'eyJ...',
        'x-api-key': 'da2-key',
        'X-Custom': ['a', 'b'],
        'x-empty': '',
        'x-missing': undefined,
      }),
    ).toEqual({
      host: '127.0.0.1:4000',
      'content-type': 'application/json',
      authorization: 'eyJ...',
      'x-api-key': 'da2-key',
      'x-custom': 'a, b',
      'x-empty': '',
    });
  });
});

describe('sourceIpOf', () => {
  it('is [peer] without x-forwarded-for, with IPv4-mapped peers in dotted form', () => {
    expect(sourceIpOf({}, '::ffff:127.0.0.1')).toEqual(['127.0.0.1']);
    expect(sourceIpOf({}, '::1')).toEqual(['::1']);
  });

  it('is the x-forwarded-for list followed by the peer when the header is present', () => {
    expect(sourceIpOf({ 'x-forwarded-for': '203.0.113.7, 198.51.100.2' }, '10.0.0.5')).toEqual([
      '203.0.113.7',
      '198.51.100.2',
      '10.0.0.5',
    ]);
    expect(sourceIpOf({ 'X-Forwarded-For': ['203.0.113.7', '198.51.100.2'] }, '10.0.0.5')).toEqual([
      '203.0.113.7',
      '198.51.100.2',
      '10.0.0.5',
    ]);
  });
});
