import { describe, expect, it } from 'vitest';
import { createResolver } from './intrinsics.ts';

const template = { Resources: {} };
const values = {
  refs: { Bucket: 'shop-images' },
  attributes: { 'Cdn.DomainName': '127.0.0.1:4569', 'Other.DomainName': 'd111.cloudfront.net' },
  parameters: {},
  region: 'local',
  accountId: '000000000000',
  stackName: 'Shop',
};

describe('intrinsics against local values', () => {
  it('reads an https:// URL built for a plain-HTTP twin host as http://, and leaves other hosts alone', () => {
    const resolve = createResolver(template, { ...values, plainHttpHosts: ['127.0.0.1:4569'] });
    expect(resolve({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': ['Cdn', 'DomainName'] }, '/x']] })).toBe(
      'http://127.0.0.1:4569/x',
    );
    expect(resolve({ 'Fn::Sub': 'https://${Cdn.DomainName}' })).toBe('http://127.0.0.1:4569');
    expect(resolve({ 'Fn::Sub': 'https://${Other.DomainName}/${Bucket}' })).toBe(
      'https://d111.cloudfront.net/shop-images',
    );
  });

  it('keeps https:// when no twin host is plain HTTP', () => {
    const resolve = createResolver(template, values);
    expect(resolve({ 'Fn::Sub': 'https://${Cdn.DomainName}' })).toBe('https://127.0.0.1:4569');
  });

  it('names the missing reference', () => {
    const resolve = createResolver(template, values);
    expect(() => resolve({ Ref: 'Nope' })).toThrow('Ref Nope: no local value for it');
  });
});
