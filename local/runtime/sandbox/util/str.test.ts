import { describe, expect, it } from 'vitest';
import { normalize } from './str.ts';

// https://docs.aws.amazon.com/appsync/latest/devguide/str-helpers-in-util-str-js.html documents the four
// forms ("nfc", "nfd", "nfkc", "nfkd") but gives no example output.
describe('util.str.normalize', () => {
  it('composes and decomposes', () => {
    expect(normalize('Ame\u0301lie', 'nfc')).toBe('Am\u00e9lie');
    expect(normalize('Am\u00e9lie', 'nfd')).toBe('Ame\u0301lie');
    expect(normalize('\u00f1', 'nfd')).toBe('n\u0303');
  });

  it('applies compatibility mappings only for the K forms', () => {
    expect(normalize('\ufb01 \u2460 x\u00b2', 'nfkc')).toBe('fi 1 x2');
    expect(normalize('\ufb01', 'nfc')).toBe('\ufb01');
    expect(normalize('\u1e9b\u0323', 'nfkd')).toBe('s\u0323\u0307');
  });

  it('accepts the form in any case', () => {
    expect(normalize('Ame\u0301lie', 'NFC')).toBe('Am\u00e9lie');
    expect(normalize('Ame\u0301lie', 'Nfc')).toBe('Am\u00e9lie');
  });

  it('handles empty, missing and invalid input', () => {
    expect(normalize('', 'nfc')).toBe('');
    expect(normalize(null as unknown as string, 'nfc')).toBeNull();
    expect(() => normalize('a', 'nfx')).toThrow(/Invalid normalization form: nfx/);
    expect(() => normalize('a', undefined as unknown as string)).toThrow(/Invalid normalization form/);
  });
});
