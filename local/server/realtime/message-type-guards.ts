// Defensive reading of client frames: never throws; anything unreadable becomes an AppSync-like
// error entry (with the message's `id` when one could be read, so the client can route it).
import {
  MESSAGE_TYPES,
  protocolErrors,
  type AuthHeaders,
  type ClientMessage,
  type ConnectionInitMessage,
  type RealtimeError,
  type StartMessage,
  type StopMessage,
} from './protocol.ts';

export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; id?: string; error: RealtimeError };

type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export const isConnectionInit = (m: JsonObject): m is JsonObject & ConnectionInitMessage =>
  m.type === MESSAGE_TYPES.GQL_CONNECTION_INIT;

export const isStop = (m: JsonObject): m is JsonObject & StopMessage =>
  m.type === MESSAGE_TYPES.GQL_STOP && isNonEmptyString(m.id);

export const isStart = (m: JsonObject): m is JsonObject & StartMessage =>
  m.type === MESSAGE_TYPES.GQL_START &&
  isNonEmptyString(m.id) &&
  isObject(m.payload) &&
  typeof m.payload.data === 'string' &&
  (m.payload.extensions === undefined || isObject(m.payload.extensions));

/** Keeps string values; numbers and booleans become strings; anything else is dropped. */
export function toAuthHeaders(value: unknown): AuthHeaders | undefined {
  if (!isObject(value)) return undefined;
  const headers: AuthHeaders = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string') headers[name] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') headers[name] = String(v);
  }
  return headers;
}

/** Parses one text (or binary, read as UTF-8) frame into a client message. */
export function parseClientMessage(raw: string | Buffer | ArrayBuffer | Buffer[]): ParseResult {
  const text =
    typeof raw === 'string'
      ? raw
      : Buffer.isBuffer(raw)
        ? raw.toString('utf8')
        : Array.isArray(raw)
          ? Buffer.concat(raw).toString('utf8')
          : Buffer.from(raw).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: protocolErrors.invalidJson() };
  }
  if (!isObject(parsed)) return { ok: false, error: protocolErrors.invalidMessage('Message must be a JSON object') };
  const id = isNonEmptyString(parsed.id) ? parsed.id : undefined;
  const fail = (message: string): ParseResult => ({
    ok: false,
    ...(id ? { id } : {}),
    error: protocolErrors.invalidMessage(message),
  });

  if (typeof parsed.type !== 'string') return fail('Message has no type');
  if (isConnectionInit(parsed))
    return { ok: true, message: { type: MESSAGE_TYPES.GQL_CONNECTION_INIT, payload: parsed.payload } };
  if (parsed.type === MESSAGE_TYPES.GQL_STOP) {
    return isStop(parsed)
      ? { ok: true, message: { type: MESSAGE_TYPES.GQL_STOP, id: parsed.id } }
      : fail('stop needs an id');
  }
  if (parsed.type === MESSAGE_TYPES.GQL_START) {
    if (!id) return fail('start needs an id');
    if (!isStart(parsed)) return fail('start needs payload.data as a JSON string');
    const authorization = toAuthHeaders(parsed.payload.extensions?.authorization);
    return {
      ok: true,
      message: {
        type: MESSAGE_TYPES.GQL_START,
        id: parsed.id,
        payload: { data: parsed.payload.data, extensions: authorization ? { authorization } : {} },
      },
    };
  }
  return { ok: false, ...(id ? { id } : {}), error: protocolErrors.unsupported(parsed.type || 'unknown') };
}
