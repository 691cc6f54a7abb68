// How every field resolves, as AppSync does it: check the caller may read Type.field (else
// Unauthorized for that field), then run the template's resolver for it — or, without one, read
// the parent's property of the same name.
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import type { ApiRuntime } from './api-runtime.ts';
import { unauthorizedError } from '../../../contracts/index.ts';
import { AppSyncFieldError } from './errors.ts';
import { recordTrace, type RequestState } from './request-state.ts';
import { fieldSelection } from './selection.ts';

/** The error for a field the caller may not read (also used when delivering subscription events). */
export function unauthorizedField(info: GraphQLResolveInfo): AppSyncFieldError {
  return new AppSyncFieldError(unauthorizedError(info.fieldName, info.parentType.name));
}

function isRootType(info: GraphQLResolveInfo): boolean {
  const { schema, parentType } = info;
  return (
    parentType === schema.getQueryType() ||
    parentType === schema.getMutationType() ||
    parentType === schema.getSubscriptionType()
  );
}

export function createFieldResolver(api: ApiRuntime): GraphQLFieldResolver<unknown, RequestState> {
  return async (source, args, state, info) => {
    if (info.fieldName.startsWith('__')) return defaultFieldResolver(source, args, state, info);
    if (!state.authorized(api, info.parentType.name, info.fieldName)) throw unauthorizedField(info);
    const resolver = api.resolvers.get(`${info.parentType.name}.${info.fieldName}`);
    if (!resolver) return defaultFieldResolver(source, args, state, info);

    state.resolverCount += 1;
    if (state.resolverCount > api.resolverCountLimit) {
      const message = `The request needed more than ${api.resolverCountLimit} resolver invocations`;
      throw new AppSyncFieldError({ message, errorType: 'ResolverExecutionLimitReached', data: null, errorInfo: null });
    }
    const selection = fieldSelection(info.fieldNodes[0] as NonNullable<(typeof info.fieldNodes)[0]>, info.fragments);
    const request = {
      arguments: args,
      source: isRootType(info) ? null : source,
      identity: state.caller.identity,
      request: { headers: state.headers, domainName: null },
      info: {
        fieldName: info.fieldName,
        parentTypeName: info.parentType.name,
        variables: info.variableValues,
        selectionSetList: selection.list,
        selectionSetGraphQL: selection.graphql,
      },
      env: api.env,
      authMode: state.caller.mode,
    };
    const resolution = await api.fields.resolve(resolver, request);
    recordTrace(state, resolution, info);
    if (resolution.error) throw new AppSyncFieldError(resolution.error);
    return resolution.data;
  };
}
