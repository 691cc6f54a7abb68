import { describe, expect, it } from 'vitest';
import { toProjection } from './projection.ts';

// Projection naming was not captured on AWS; these pin our chosen rendering.
describe('projections (not captured on AWS)', () => {
  it('names every path segment and keeps list indexes', () => {
    expect(toProjection(['id', 'name', 'nested.object[1]', 'nested.other', 'matrix[0][2]'], 'get')).toEqual({
      expression: '#expName_1, #expName_2, #expName_3.#expName_4[1], #expName_3.#expName_5, #expName_6[0][2]',
      expressionNames: {
        '#expName_1': 'id',
        '#expName_2': 'name',
        '#expName_3': 'nested',
        '#expName_4': 'object',
        '#expName_5': 'other',
        '#expName_6': 'matrix',
      },
    });
  });

  it('is left out when absent or empty', () => {
    expect(toProjection(undefined, 'get')).toBeUndefined();
    expect(toProjection(null, 'get')).toBeUndefined();
    expect(toProjection([], 'get')).toBeUndefined();
  });

  it.each([
    ['not a list', 'id', 'get: projection must be a list of attribute paths'],
    ['a non-string path', [1], 'get: projection paths must be non-empty strings'],
    ['an empty path', [''], 'get: projection paths must be non-empty strings'],
    ['an empty segment', ['a..b'], 'get: "a..b" is not a valid projection path'],
    ['a bad index', ['a[x]'], 'get: "a[x]" is not a valid projection path'],
  ])('throws for %s', (_name, paths, message) => {
    expect(() => toProjection(paths, 'get')).toThrow(message);
  });
});
