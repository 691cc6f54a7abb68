// Which subscription fields each mutation feeds, from the schema's @aws_subscribe directives.
import { Kind, valueFromASTUntyped, type GraphQLSchema } from 'graphql';

export function subscriptionsByMutation(schema: GraphQLSchema): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const type = schema.getSubscriptionType();
  for (const field of Object.values(type?.getFields() ?? {})) {
    const directive = field.astNode?.directives?.find((d) => d.name.value === 'aws_subscribe');
    const arg = directive?.arguments?.find((a) => a.name.value === 'mutations');
    if (!arg || arg.value.kind === Kind.NULL) continue;
    for (const mutation of valueFromASTUntyped(arg.value) as string[])
      map.set(mutation, [...(map.get(mutation) ?? []), field.name]);
  }
  return map;
}
