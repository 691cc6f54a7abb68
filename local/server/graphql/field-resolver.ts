// How every field resolves, as AppSync does it: check the caller may read Type.field (else
// Unauthorized for that field), then run the template's resolver for it — or, without one, read
// the parent's property of the same name.
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import type { ApiRuntime } from './api-runtime.ts';
import { FieldError } from './errors.ts';
import { recordTrace, type RequestState } from './request-state.ts';
import { fieldSelection } from './selection.ts';

function unauthorized(info: GraphQLResolveInfo): FieldError {
  return new FieldError(`Not Authorized to access ${info.fieldName} on type ${info.parentType.name}`, 'Unauthorized');
}

function isRootType(info: GraphQLResolveInfo): boolean {
  const { schema, parentType } = info;
  return parentType === schema.getQueryType() || parentType === schema.getMutationType() || parentType === schema.getSubscriptionType();
}

export function createFieldResolver(api: ApiRuntime): GraphQLFieldResolver<unknown, RequestState> {
  return async (source, args, state, info) => {
    if (info.fieldName.startsWith('__')) return defaultFieldResolver(source, args, state, info);
    if (!state.authorized(api, info.parentType.name, info.fieldName)) throw unauthorized(info);
    const resolver = api.resolvers.get(`${info.parentType.name}.${info.fieldName}`);
    if (!resolver) return defaultFieldResolver(source, args, state, info);

    state.resolverCount += 1;
    if (state.resolverCount > api.resolverCountLimit) {
      throw new FieldError(`The request needed more than ${api.resolverCountLimit} resolver invocations`, 'ResolverExecutionLimitReached');
    }
    const selection = fieldSelection(info.fieldNodes[0] as NonNullable<(typeof info.fieldNodes)[0]>, info.fragments);
    const request = {
      arguments: args,
      source: isRootType(info) ? null : source,
      identity: state.caller.identity,
      request: { headers: state.headers, domainName: null },
      info: { fieldName: info.fieldName, parentTypeName: info.parentType.name, variables: info.variableValues, selectionSetList: selection.list, selectionSetGraphQL: selection.graphql },
      env: api.env,
      authMode: state.caller.mode,
    };
    const resolution = await api.fields.resolve(resolver, request);
    recordTrace(state, resolution, info);
    if (resolution.error) {
      const { message, errorType, errorInfo, data } = resolution.error;
      throw new FieldError(message, errorType, errorInfo, data);
    }
    return resolution.data;
  };
}
