// Who GraphiQL can "call as": the API key, each local user, the backend's IAM keys, or nothing but
// the Headers tab. Only ids and labels reach the page; the secrets stay in the outputs, on the server.

/** The part of `outputs.local.json` the GraphiQL handler reads (contract "Running it locally"). */
export interface GraphiqlOutputs {
  region?: string;
  apiKey?: string;
  userPoolClientId?: string | null;
  cognitoEndpoint?: string | null;
  iam?: { accessKeyId: string; secretAccessKey: string };
  users?: ReadonlyArray<{ email: string; password: string; groups: readonly string[] }>;
}

export const API_KEY_CHOICE = 'api-key';
export const IAM_CHOICE = 'iam';
export const HEADERS_ONLY_CHOICE = 'headers';
const USER_PREFIX = 'user:';

/** What a fresh page calls as: the anonymous shopper, the one identity every field check knows. */
export const DEFAULT_CHOICE = API_KEY_CHOICE;

export interface CallAsChoice {
  /** What the page sends as `as`: `api-key`, `user:<email>`, `iam` or `headers`. */
  id: string;
  /** What the select shows, e.g. `admin@example.com (admin)`. */
  label: string;
}

export type Identity =
  | { kind: 'api-key'; apiKey: string }
  | { kind: 'user'; email: string; password: string }
  | { kind: 'iam'; accessKeyId: string; secretAccessKey: string; region: string }
  | { kind: 'headers' };

export const userChoice = (email: string): string => `${USER_PREFIX}${email}`;

/** The select's options, in the order the page shows them. */
export function callAsChoices(outputs: GraphiqlOutputs): CallAsChoice[] {
  const users = (outputs.users ?? []).map((user) => ({
    id: userChoice(user.email),
    label: user.groups.length > 0 ? `${user.email} (${user.groups.join(', ')})` : user.email,
  }));
  return [
    { id: API_KEY_CHOICE, label: 'Anonymous (API key)' },
    ...users,
    { id: IAM_CHOICE, label: 'IAM (backend)' },
    { id: HEADERS_ONLY_CHOICE, label: 'Headers tab only' },
  ];
}

/** The identity behind a choice, or a message saying why there is none. */
export function resolveIdentity(outputs: GraphiqlOutputs, choice: string): Identity | string {
  if (choice === HEADERS_ONLY_CHOICE) return { kind: 'headers' };
  if (choice === API_KEY_CHOICE) {
    return outputs.apiKey ? { kind: 'api-key', apiKey: outputs.apiKey } : 'the local stack has no API key';
  }
  if (choice === IAM_CHOICE) {
    if (!outputs.iam || !outputs.region) return 'the local stack has no IAM keys';
    return { kind: 'iam', ...outputs.iam, region: outputs.region };
  }
  if (choice.startsWith(USER_PREFIX)) {
    const user = (outputs.users ?? []).find((u) => userChoice(u.email) === choice);
    if (user) return { kind: 'user', email: user.email, password: user.password };
  }
  const known = callAsChoices(outputs)
    .map((c) => JSON.stringify(c.id))
    .join(', ');
  return `there is no identity ${JSON.stringify(choice)} to call as; choose one of ${known}`;
}
