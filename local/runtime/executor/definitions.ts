// What the executor runs: a resolver as AppSync stores it (unit, or pipeline of functions).
import { MAX_PIPELINE_FUNCTIONS } from '../../../contracts/index.ts';

export interface FunctionDefinition {
  /** stable id, e.g. the FunctionConfiguration's name; pagination tokens are bound to it */
  id: string;
  name: string;
  code: string;
  dataSource: string;
}

export interface UnitResolverDefinition {
  kind: 'UNIT';
  /** "Type.field" */
  id: string;
  code: string;
  dataSource: string;
}

export interface PipelineResolverDefinition {
  kind: 'PIPELINE';
  id: string;
  code: string;
  functions: FunctionDefinition[];
}

export type ResolverDefinition = UnitResolverDefinition | PipelineResolverDefinition;

export function checkResolverDefinition(resolver: ResolverDefinition): string | undefined {
  if (resolver.kind === 'PIPELINE' && resolver.functions.length > MAX_PIPELINE_FUNCTIONS) {
    return (
      `Pipeline resolver ${resolver.id} has ${resolver.functions.length} functions; ` +
      `AppSync allows at most ${MAX_PIPELINE_FUNCTIONS}.`
    );
  }
  return undefined;
}
