import { describe, expect, it } from 'vitest';
import { toJsonString, toMap } from './xml.ts';

// Examples: https://docs.aws.amazon.com/appsync/latest/devguide/xml-helpers-in-util-xml-js.html
describe('util.xml.toMap: AWS documented examples', () => {
  it('example 1: a single post', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
</posts>`;
    expect(toMap(xml)).toEqual({ posts: { post: { id: 1, title: 'Getting started with GraphQL' } } });
  });

  it('example 2: repeated elements become a list', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
<post>
  <id>2</id>
  <title>Getting started with AppSync</title>
</post>
</posts>`;
    expect(toMap(xml)).toEqual({
      posts: {
        post: [
          { id: 1, title: 'Getting started with GraphQL' },
          { id: 2, title: 'Getting started with AppSync' },
        ],
      },
    });
  });
});

describe('util.xml.toMap: details', () => {
  it('attributes become keys; text beside attributes or children goes under content', () => {
    expect(toMap('<item id="7" name="box">hello</item>')).toEqual({ item: { id: 7, name: 'box', content: 'hello' } });
    expect(toMap('<p>one<b>bold</b>two</p>')).toEqual({ p: { content: ['one', 'two'], b: 'bold' } });
  });

  it('converts numbers and booleans but keeps other text', () => {
    expect(
      toMap(
        '<v><a>-1.5</a><b>TRUE</b><c>false</c><d>null</d><e>007</e><f>1e3</f><g>12345678901234567890</g><h>1.</h></v>',
      ),
    ).toEqual({
      v: { a: -1.5, b: true, c: false, d: null, e: '007', f: 1000, g: '12345678901234567890', h: '1.' },
    });
  });

  it('empty elements become empty strings', () => {
    expect(toMap('<r><a/><b></b><c>  </c></r>')).toEqual({ r: { a: '', b: '', c: '' } });
  });

  it('decodes entities, keeps CDATA verbatim, skips comments, PIs and DOCTYPE', () => {
    const xml = `\uFEFF<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><!-- c --><r a="&quot;q&quot;">
      <t>a &lt;b&gt; &amp; &#233;&#x1F600; &unknown;</t><?pi data?><!-- inner -->
      <d><![CDATA[ <not> & parsed 42 ]]></d></r>`;
    expect(toMap(xml)).toEqual({ r: { a: '"q"', t: 'a <b> & é😀 &unknown;', d: ' <not> & parsed 42 ' } });
  });

  it('keeps namespace prefixes and unicode names', () => {
    expect(toMap('<soap:Envelope xmlns:soap="urn:x"><soap:Body><größe>3</größe></soap:Body></soap:Envelope>')).toEqual({
      'soap:Envelope': { 'xmlns:soap': 'urn:x', 'soap:Body': { größe: 3 } },
    });
  });

  it('handles empty and missing input', () => {
    expect(toMap('')).toEqual({});
    expect(toMap('  <!-- nothing -->  ')).toEqual({});
    expect(toMap(null as unknown as string)).toBeNull();
    expect(toMap(undefined as unknown as string)).toBeNull();
  });

  it('throws on malformed XML', () => {
    expect(() => toMap('<a><b></a>')).toThrow(/mismatched closing tag <\/a> for <b>/);
    expect(() => toMap('<a>')).toThrow(/element <a> is not closed/);
    expect(() => toMap('<a x=1/>')).toThrow(/not quoted/);
    expect(() => toMap('text')).toThrow(/text outside the root element/);
    expect(() => toMap('<a><![CDATA[x</a>')).toThrow(/missing '\]\]>'/);
  });
});

describe('util.xml.toJsonString', () => {
  it('returns the JSON text of toMap', () => {
    expect(toJsonString('<posts><post><id>1</id><title>Hi</title></post></posts>')).toBe(
      '{"posts":{"post":{"id":1,"title":"Hi"}}}',
    );
    expect(toJsonString('<a>x</a>', false)).toBe('{"a":"x"}');
  });

  it('string-encodes the JSON when asked', () => {
    expect(toJsonString('<a>x</a>', true)).toBe('"{\\"a\\":\\"x\\"}"');
  });

  it('null for null input', () => {
    expect(toJsonString(null as unknown as string)).toBeNull();
  });
});
