// AppSync's real-time WebSocket protocol for GraphQL APIs (subprotocol `graphql-ws`, AppSync's own:
// not the graphql-ws npm package's `graphql-transport-ws`). Message names and shapes follow the AWS
// guide "Building a real-time WebSocket client" and what the published clients read
// (aws-appsync-subscription-link 4.0.x, Amplify JS v6 `AWSWebSocketProvider`).

/** The only WebSocket subprotocol AppSync accepts (and echoes back as the selected one). */
export const SUBPROTOCOL = 'graphql-ws';
/** Prefix of the second subprotocol entry that carries the base64url auth header JSON. */
export const HEADER_SUBPROTOCOL_PREFIX = 'header-';
/** Where non-AWS hosts serve the endpoint: the GraphQL URL + `/realtime` (clients derive it). */
export const REALTIME_PATH = '/graphql/realtime';
/** AppSync sends `ka` about once a minute. */
export const DEFAULT_KEEP_ALIVE_MS = 60_000;
/** Announced in `connection_ack`; clients drop the socket if no `ka` arrives within it. */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 300_000;

/** WebSocket close codes this endpoint uses (RFC 6455 §7.4.1). Which one AppSync sends when is UNVERIFIED. */
export const CLOSE_CODES = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  PROTOCOL_ERROR: 1002,
  POLICY_VIOLATION: 1008,
  MESSAGE_TOO_BIG: 1009,
  TRY_AGAIN_LATER: 1013,
} as const;

/** Every message type, with its direction. One definition shared by server, tests and clients. */
export const MESSAGE_TYPES = {
  /** client → server: first message after the handshake; asks the server to authenticate. */
  GQL_CONNECTION_INIT: 'connection_init',
  /** server → client: `connection_init` accepted; payload `{ connectionTimeoutMs }`. */
  GQL_CONNECTION_ACK: 'connection_ack',
  /**
   * server → client: connection refused (auth); payload `{ errors: [{ errorType, message, errorCode }] }`;
   * then closed.
   */
  GQL_CONNECTION_ERROR: 'connection_error',
  /** server → client: keep-alive, no payload. */
  GQL_CONNECTION_KEEP_ALIVE: 'ka',
  /**
   * client → server: register subscription `id`; payload
   * `{ data: "<JSON string>", extensions: { authorization } }`.
   */
  GQL_START: 'start',
  /** server → client: subscription `id` is live; no data is sent for it before this. */
  GQL_START_ACK: 'start_ack',
  /** server → client: one event for subscription `id`; payload `{ data, errors? }`. */
  GQL_DATA: 'data',
  /** server → client: a failure for subscription `id` (or for an unreadable message, no id). */
  GQL_ERROR: 'error',
  /** client → server: unregister subscription `id`. */
  GQL_STOP: 'stop',
  /** server → client: subscription `id` ended (after `stop`, or server-side completion). */
  GQL_COMPLETE: 'complete',
} as const;

export type MessageType = (typeof MESSAGE_TYPES)[keyof typeof MESSAGE_TYPES];

/** AppSync's error entry. `errorCode` appears on connection-level errors (clients read it). */
export interface RealtimeError {
  errorType: string;
  message: string;
  errorCode?: number;
}

/** The auth headers a carrier or `extensions.authorization` holds (`host`, `x-api-key`, `Authorization`…). */
export type AuthHeaders = Record<string, string>;

// ---- client → server -----------------------------------------------------------------------
export interface ConnectionInitMessage {
  type: typeof MESSAGE_TYPES.GQL_CONNECTION_INIT;
  payload?: unknown;
}
export interface StartMessage {
  type: typeof MESSAGE_TYPES.GQL_START;
  id: string;
  payload: {
    /** JSON string of `{ query, variables, operationName? }`, handed to the engine untouched. */
    data: string;
    extensions?: { authorization?: AuthHeaders };
  };
}
export interface StopMessage {
  type: typeof MESSAGE_TYPES.GQL_STOP;
  id: string;
}
export type ClientMessage = ConnectionInitMessage | StartMessage | StopMessage;

// ---- server → client -----------------------------------------------------------------------
export interface ConnectionAckMessage {
  type: typeof MESSAGE_TYPES.GQL_CONNECTION_ACK;
  payload: { connectionTimeoutMs: number };
}
export interface ConnectionErrorMessage {
  type: typeof MESSAGE_TYPES.GQL_CONNECTION_ERROR;
  payload: { errors: RealtimeError[] };
}
export interface KeepAliveMessage {
  type: typeof MESSAGE_TYPES.GQL_CONNECTION_KEEP_ALIVE;
}
export interface StartAckMessage {
  type: typeof MESSAGE_TYPES.GQL_START_ACK;
  id: string;
}
export interface DataMessage {
  type: typeof MESSAGE_TYPES.GQL_DATA;
  id: string;
  payload: { data: unknown; errors?: unknown[] };
}
export interface ErrorMessage {
  type: typeof MESSAGE_TYPES.GQL_ERROR;
  id?: string;
  payload: { errors: RealtimeError[] };
}
export interface CompleteMessage {
  type: typeof MESSAGE_TYPES.GQL_COMPLETE;
  id: string;
}
export type ServerMessage =
  | ConnectionAckMessage
  | ConnectionErrorMessage
  | KeepAliveMessage
  | StartAckMessage
  | DataMessage
  | ErrorMessage
  | CompleteMessage;

// ---- error entries the protocol layer produces itself -----------------------------------------
// Observed on AppSync: UnauthorizedException/401 ("You are not authorized to make this call."),
// DuplicatedOperationError, UnsupportedOperation ("<x> not supported through the realtime channel").
// The rest are this emulator's choices (see README, LIMITATIONS).
export const protocolErrors = {
  badHeader: (detail: string): RealtimeError => ({
    errorType: 'BadRequestException',
    message: `Unable to read the authorization header: ${detail}`,
    errorCode: 400,
  }),
  internal: (message: string): RealtimeError => ({ errorType: 'InternalFailure', message, errorCode: 500 }),
  invalidJson: (): RealtimeError => ({ errorType: 'BadRequestException', message: 'Message is not valid JSON' }),
  invalidMessage: (message: string): RealtimeError => ({ errorType: 'BadRequestException', message }),
  unsupported: (type: string): RealtimeError => ({
    errorType: 'UnsupportedOperation',
    message: `${type} not supported through the realtime channel`,
  }),
  // Type and text as AppSync answers a start past the "Subscriptions per connection" quota (seen by
  // Amplify and the iOS real-time client; aws-amplify/amplify-cli#7427).
  maxSubscriptions: (max: number): RealtimeError => ({
    errorType: 'MaxSubscriptionsReachedError',
    message: `Max number of ${max} subscriptions reached`,
  }),
  duplicate: (id: string): RealtimeError => ({
    errorType: 'DuplicatedOperationError',
    message: `Duplicated operation with id ${id}`,
  }),
} as const;
