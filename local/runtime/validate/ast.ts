// acorn's ESTree nodes as the rules read them: each rule looks at the fields of the node kinds it
// checks, which acorn's `Node` type does not list per kind.
import type { Node } from 'acorn';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ESTree fields differ per node kind
export type AnyNode = Node & Record<string, any>;
