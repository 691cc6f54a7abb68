// Builds `ctx` from the JSON the host sends, as AppSync fills it: `args` is the same object as
// `arguments`, `stash` starts empty, `env` is read-only.

export interface RawContext {
  arguments?: Record<string, unknown>;
  args?: Record<string, unknown>;
  identity?: unknown;
  source?: unknown;
  stash?: Record<string, unknown>;
  result?: unknown;
  error?: unknown;
  prev?: { result?: unknown };
  request?: unknown;
  info?: unknown;
  env?: Record<string, string>;
}

export function buildContext(raw: RawContext): Record<string, unknown> {
  const args = raw.arguments ?? raw.args ?? {};
  const ctx: Record<string, unknown> = {
    arguments: args,
    args,
    identity: raw.identity,
    source: raw.source,
    stash: raw.stash ?? {},
    prev: raw.prev ?? {},
    request: raw.request ?? { headers: {}, domainName: null },
    info: raw.info ?? {},
    env: Object.freeze({ ...(raw.env ?? {}) }),
  };
  if ('result' in raw) ctx.result = raw.result;
  if (raw.error !== undefined && raw.error !== null) ctx.error = raw.error;
  return ctx;
}
