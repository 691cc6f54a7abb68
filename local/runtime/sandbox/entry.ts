// The realm's entry point: builds what resolver code can see, locks the realm down, and leaves a
// bridge on the global object for the host to pick up (and delete) once.
import * as dynamodbModule from './dynamodb-module/index.ts';
import { sandboxConsole } from './console.ts';
import { extensions, runtime, util } from './appsync-utils.ts';
import { lockdown } from './lockdown.ts';
import { runHandler, type Factory } from './run.ts';

const modules = {
  '@aws-appsync/utils': { util, runtime, extensions },
  '@aws-appsync/utils/dynamodb': { ...dynamodbModule },
};
const appsync = { modules };
/** Must match FACTORY_PARAMS in compile/rewrite-module.ts; the hidden globals stay undefined. */
const globals = [appsync, util, runtime, extensions, sandboxConsole] as const;

lockdown(globalThis as unknown as Record<string, unknown>, [...globals]);

(globalThis as unknown as { __appsyncBridge: unknown }).__appsyncBridge = {
  run(factory: Factory, contextJson: string, handlerName: string, optionsJson: string): string {
    return runHandler(factory, globals, contextJson, handlerName, optionsJson);
  },
};
