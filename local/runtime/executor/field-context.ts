// The parts of ctx that come from the GraphQL request, the same for every handler of a field.
import type { AuthMode } from '../../../contracts/index.ts';

export interface FieldInfo {
  fieldName: string;
  parentTypeName: string;
  variables: Record<string, unknown>;
  selectionSetList: string[];
  selectionSetGraphQL: string;
}

export interface FieldRequest {
  arguments: Record<string, unknown>;
  source?: unknown;
  identity?: unknown;
  request?: { headers: Record<string, string>; domainName: string | null };
  info: FieldInfo;
  env?: Record<string, string>;
  authMode: AuthMode;
}

export interface HandlerContextParts {
  stash: Record<string, unknown>;
  prevResult?: unknown;
  result?: unknown;
  error?: { message: string; type: string };
}

export function handlerContext(field: FieldRequest, parts: HandlerContextParts): Record<string, unknown> {
  const ctx: Record<string, unknown> = {
    arguments: field.arguments,
    identity: field.identity ?? null,
    source: field.source ?? null,
    stash: parts.stash,
    prev: { result: parts.prevResult ?? null },
    request: field.request ?? { headers: {}, domainName: null },
    info: field.info,
    env: field.env ?? {},
  };
  if ('result' in parts) ctx.result = parts.result ?? null;
  if (parts.error) ctx.error = parts.error;
  return ctx;
}
