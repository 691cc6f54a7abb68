// A typed seam over Amplify's generateClient().graphql: generated TypedDocumentNodes in, typed data out,
// and AppSync's errors as values (errorType, errorInfo) rather than thrown strings.
// https://docs.aws.amazon.com/appsync/latest/devguide/troubleshooting-and-common-mistakes.html (error shape)
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { generateClient } from 'aws-amplify/api';

export type AuthMode = 'apiKey' | 'userPool';

/** One GraphQL error as AppSync shapes it. */
export interface ShopError {
  message: string;
  errorType?: string;
  errorInfo?: { skus?: string[] } & Record<string, unknown>;
  path?: ReadonlyArray<string | number>;
}

export class ShopApiError extends Error {
  constructor(readonly errors: ShopError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ShopApiError';
  }
  get errorType(): string | undefined {
    return this.errors[0]?.errorType;
  }
}

interface RawResult {
  data?: unknown;
  errors?: ShopError[];
}

/**
 * The part of Amplify's client we use. Amplify bundles its own graphql-js 15, whose DocumentNode type differs
 * from the generated documents' (graphql 16) though the AST is the same, so the seam is typed here once.
 */
interface AmplifyGraphql {
  graphql(options: { query: unknown; variables: unknown; authMode: AuthMode }): unknown;
}
let client: AmplifyGraphql | undefined;
const amplify = (): AmplifyGraphql => (client ??= generateClient() as unknown as AmplifyGraphql);

function asErrors(thrown: unknown): ShopError[] {
  if (thrown && typeof thrown === 'object' && 'errors' in thrown && Array.isArray(thrown.errors)) {
    return thrown.errors as ShopError[];
  }
  return [{ message: thrown instanceof Error ? thrown.message : String(thrown) }];
}

/** Runs a query or mutation; resolves with its data or rejects with a ShopApiError. */
export async function call<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  authMode: AuthMode = 'userPool',
): Promise<R> {
  let result: RawResult;
  try {
    result = (await amplify().graphql({ query: document, variables, authMode })) as RawResult;
  } catch (thrown) {
    // Amplify rejects with the whole GraphQL result when `errors` is non-empty.
    throw new ShopApiError(asErrors(thrown));
  }
  if (result.errors?.length) throw new ShopApiError(result.errors);
  return result.data as R;
}

export interface Subscription {
  unsubscribe(): void;
}

/** Opens a subscription over AppSync's real-time protocol; `next` gets each event's data. */
export function watch<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  handlers: { next: (data: R) => void; error?: (error: ShopApiError) => void },
): Subscription {
  const observable = amplify().graphql({ query: document, variables, authMode: 'userPool' }) as {
    subscribe(o: { next: (value: RawResult) => void; error: (e: unknown) => void }): Subscription;
  };
  return observable.subscribe({
    next: (value) => {
      if (value.data) handlers.next(value.data as R);
    },
    error: (e) => handlers.error?.(new ShopApiError(asErrors(e))),
  });
}

/** The error in words a shopper or admin understands. */
export function describeError(error: unknown): string {
  if (!(error instanceof ShopApiError)) return error instanceof Error ? error.message : String(error);
  const first = error.errors[0];
  switch (first?.errorType) {
    case 'InsufficientStock': {
      const skus = error.errors.flatMap((e) => e.errorInfo?.skus ?? []);
      return `Not enough stock for ${skus.length ? skus.join(', ') : 'some items'}: lower the quantity or remove them.`;
    }
    case 'ConflictError':
      return `Someone else changed this in the meantime (${first.message}). Reload it and try again.`;
    case 'Unauthorized':
      return 'You are not allowed to do that: please sign in (with an account that may do it).';
    case 'NotFound':
      return `Not found: ${first.message}`;
    case 'ValidationError':
      return `Please check your input: ${first.message}`;
    case 'InvalidTransition':
      return `That status change is not allowed: ${first.message}`;
    default:
      return first?.message ?? 'Something went wrong.';
  }
}
