import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './encoding.ts';

describe('urlEncode / urlDecode (java.net.URLEncoder / URLDecoder, UTF-8)', () => {
  it('keeps a-z A-Z 0-9 . - * _, turns space into +, upper-case percent-encodes the rest', () => {
    expect(urlEncode('Hello World!*-._~')).toBe('Hello+World%21*-._%7E');
    expect(urlEncode('a=b&c=d/e?f#g+h')).toBe('a%3Db%26c%3Dd%2Fe%3Ff%23g%2Bh');
  });

  it('percent-encodes UTF-8 bytes, surrogate pairs as one 4-byte character', () => {
    expect(urlEncode('ü€😀')).toBe('%C3%BC%E2%82%AC%F0%9F%98%80');
    expect(urlEncode('\uD800x')).toBe('%3Fx'); // an unpaired surrogate encodes as '?' like java
  });

  it('decodes + as space and %XX runs as UTF-8', () => {
    expect(urlDecode('Hello+World%21*-._%7E')).toBe('Hello World!*-._~');
    expect(urlDecode('%C3%BC%E2%82%AC%F0%9F%98%80')).toBe('ü€😀');
    expect(urlDecode('a%20b+c')).toBe('a b c');
    expect(urlDecode('%c3%bc')).toBe('ü');
    expect(urlDecode('%FF')).toBe('\uFFFD');
  });

  it('round-trips and handles empty and missing input', () => {
    const text = 'Grüße, 世界 & \'quotes\' "too" 100%';
    expect(urlDecode(urlEncode(text)!)).toBe(text);
    expect(urlEncode('')).toBe('');
    expect(urlDecode('')).toBe('');
    expect(urlEncode(null as unknown as string)).toBeNull();
    expect(urlDecode(undefined as unknown as string)).toBeNull();
  });

  it('refuses a broken escape like java does', () => {
    expect(() => urlDecode('100%')).toThrow(/Incomplete trailing escape/);
    expect(() => urlDecode('%zz')).toThrow(/Illegal hex characters/);
  });
});

describe('base64Encode / base64Decode (UTF-8, standard alphabet, padded)', () => {
  it('encodes with padding', () => {
    expect(base64Encode('Hello, World!')).toBe('SGVsbG8sIFdvcmxkIQ==');
    expect(base64Encode('a')).toBe('YQ==');
    expect(base64Encode('ab')).toBe('YWI=');
    expect(base64Encode('abc')).toBe('YWJj');
    expect(base64Encode('')).toBe('');
  });

  it('encodes the UTF-8 bytes of non-ASCII text, using + and /', () => {
    expect(base64Encode('ü')).toBe('w7w=');
    expect(base64Encode('😀')).toBe('8J+YgA==');
    expect(base64Encode('???>>>')).toBe('Pz8/Pj4+');
  });

  it('decodes, with or without padding', () => {
    expect(base64Decode('SGVsbG8sIFdvcmxkIQ==')).toBe('Hello, World!');
    expect(base64Decode('8J+YgA==')).toBe('😀');
    expect(base64Decode('YQ')).toBe('a');
    expect(base64Decode('')).toBe('');
  });

  it('rejects characters outside the alphabet and bad lengths', () => {
    expect(() => base64Decode('SGVs bG8=')).toThrow(/Illegal base64 character/);
    expect(() => base64Decode('SGVsbG8-')).toThrow(/Illegal base64 character/);
    expect(() => base64Decode('Y')).toThrow(/4-byte ending unit/);
    expect(() => base64Decode('YQ=')).toThrow(/4-byte ending unit/);
  });

  it('returns null for null input', () => {
    expect(base64Encode(null as unknown as string)).toBeNull();
    expect(base64Decode(null as unknown as string)).toBeNull();
  });
});

describe('escapeJavaScript (commons-lang escapeEcmaScript)', () => {
  it('escapes quotes as in the commons-lang javadoc example: He didn\'t say, "Stop!"', () => {
    expect(escapeJavaScript('He didn\'t say, "Stop!"')).toBe('He didn\\\'t say, \\"Stop!\\"');
  });

  it('escapes backslash, slash and the short control escapes', () => {
    expect(escapeJavaScript('a/b\\c\n\t\r\b\f')).toBe('a\\/b\\\\c\\n\\t\\r\\b\\f');
  });

  it('writes other control and non-ASCII characters as upper-case \\uXXXX (UTF-16 units)', () => {
    expect(escapeJavaScript('\u0001\u001f\u007f é€😀')).toBe('\\u0001\\u001F\u007f \\u00E9\\u20AC\\uD83D\\uDE00');
  });

  it('leaves plain ASCII alone and maps null to null', () => {
    expect(escapeJavaScript('plain text <>&=')).toBe('plain text <>&=');
    expect(escapeJavaScript('')).toBe('');
    expect(escapeJavaScript(null as unknown as string)).toBeNull();
  });
});
