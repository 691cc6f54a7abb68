// One APPSYNC_JS realm: a vm context with no code generation from strings, our sandbox bundle
// inside it, and compiled resolver factories cached by content hash.
import vm from 'node:vm';

type Factory = (...args: unknown[]) => unknown;
interface Bridge {
  run(factory: Factory, contextJson: string, handlerName: string, optionsJson: string): string;
}

export interface EvaluationRequest {
  hash: string;
  /** factory source from compile/; may be omitted when the realm has seen `hash` before */
  source?: string;
  context: string;
  handler: string;
  options: string;
}

export interface Realm {
  /** Returns the HandlerOutcome as a JSON string. */
  evaluate(request: EvaluationRequest): string;
  has(hash: string): boolean;
}

const MAX_FACTORIES = 2000;

export function createRealm(sandboxBundle: string): Realm {
  const context = vm.createContext({}, { name: 'APPSYNC_JS', codeGeneration: { strings: false, wasm: false } });
  new vm.Script(sandboxBundle, { filename: 'appsync-runtime.js' }).runInContext(context);
  const bridge = (context as { __appsyncBridge?: Bridge }).__appsyncBridge;
  if (!bridge) throw new Error('The sandbox bundle did not install its bridge');
  delete (context as { __appsyncBridge?: Bridge }).__appsyncBridge;
  const factories = new Map<string, Factory>();

  const compile = (hash: string, source: string): Factory => {
    const factory = new vm.Script(source, { filename: 'code.js', lineOffset: -1 }).runInContext(context) as Factory;
    if (factories.size >= MAX_FACTORIES) factories.delete(factories.keys().next().value as string);
    factories.set(hash, factory);
    return factory;
  };

  return {
    has: (hash) => factories.has(hash),
    evaluate(request) {
      let factory = factories.get(request.hash);
      if (!factory) {
        if (request.source === undefined) throw new Error(`No code known for ${request.hash}`);
        factory = compile(request.hash, request.source);
      }
      return bridge.run(factory, request.context, request.handler, request.options);
    },
  };
}
