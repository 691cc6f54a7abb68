// ctx.info.selectionSetList: every path once, however often a fragment is spread.
import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldSelection } from './selection.ts';

function selectionOf(query: string) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments[d.name.value] = d;
  return fieldSelection(operation.selectionSet.selections[0] as FieldNode, fragments);
}

describe('fieldSelection', () => {
  it('lists paths through fragments and aliases, each once', () => {
    const query =
      '{ product(id: "p") { id ...P ... on Product { id name } } } ' +
      'fragment P on Product { id variants { sku ...V } } fragment V on Variant { sku price { amount } }';
    expect(selectionOf(query).list).toEqual([
      'id',
      'variants',
      'variants/sku',
      'variants/price',
      'variants/price/amount',
      'name',
    ]);
  });

  it('expands a fragment spread twice at one place once (a bomb of 60 levels lists one path)', () => {
    let fragments = 'fragment F0 on Product { id }';
    for (let i = 1; i <= 60; i++) fragments += ` fragment F${i} on Product { ...F${i - 1} ...F${i - 1} }`;
    expect(selectionOf(`{ product(id: "p") { ...F60 } } ${fragments}`).list).toEqual(['id']);
  });
});
