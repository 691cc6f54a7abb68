// The handlers the runtime benchmark evaluates: a typical GetItem request handler and a pipeline
// of three functions, as resolver authors write them.

export const GET_ITEM = `import { util } from '@aws-appsync/utils';

export function request(ctx) {
  return {
    operation: 'GetItem',
    key: util.dynamodb.toMapValues({ pk: \`PRODUCT#\${ctx.args.id}\`, sk: 'PRODUCT' }),
    consistentRead: false,
  };
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
`;

export const PIPELINE_BEFORE_AFTER = `export function request(ctx) {
  ctx.stash.startedAt = 1;
  return {};
}

export function response(ctx) {
  return { ...ctx.prev.result, steps: ctx.stash.steps };
}
`;

export const pipelineFunction = (name: string) => `import { util } from '@aws-appsync/utils';

export function request(ctx) {
  const steps = ctx.stash.steps ?? [];
  steps.push('${name}');
  ctx.stash.steps = steps;
  return { payload: { ...ctx.prev.result, ${name}: util.dynamodb.toMapValues({ id: ctx.args.id }) } };
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
`;

export const PIPELINE_FUNCTIONS = ['validate', 'load', 'shape'];
