import { describe, expect, it } from 'vitest';
import { decodeEntities, parseXml } from './xml-parser.ts';

describe('parseXml', () => {
  it('builds elements with attributes, text and CDATA children', () => {
    expect(parseXml('<a k="v" j=\'w\'>t<b/><![CDATA[c]]></a>')).toEqual([
      {
        name: 'a',
        attributes: [
          ['k', 'v'],
          ['j', 'w'],
        ],
        children: [
          { text: 't', cdata: false },
          { name: 'b', attributes: [], children: [] },
          { text: 'c', cdata: true },
        ],
      },
    ]);
  });

  it('returns every top-level element and skips the prolog', () => {
    expect(parseXml('<?xml version="1.0"?>\n<!DOCTYPE x><a/><!-- c --><b/>').map((e) => e.name)).toEqual(['a', 'b']);
    expect(parseXml('')).toEqual([]);
  });

  it('reports where the XML is broken', () => {
    expect(() => parseXml('<a></b>')).toThrow('Invalid XML at position 6: mismatched closing tag </b> for <a>');
    expect(() => parseXml('<a b="1>')).toThrow(/missing '"'/);
    expect(() => parseXml('<!-- open')).toThrow(/missing '-->'/);
    expect(() => parseXml('<1a/>')).toThrow(/expected a name/);
  });
});

describe('decodeEntities', () => {
  it('decodes the predefined entities and character references', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;')).toBe('<>&"\'AB😀');
  });

  it('leaves unknown or impossible references as written', () => {
    expect(decodeEntities('&nbsp; &#x110000; & alone')).toBe('&nbsp; &#x110000; & alone');
  });
});
