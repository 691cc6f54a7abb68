// A request object the data source cannot send. AppSync reports these before calling DynamoDB,
// with errorType "MappingTemplate" (the name it uses for VTL and JS request-object errors alike).

export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    message: string,
    readonly type = 'MappingTemplate',
  ) {
    super(message);
  }
}

export type JsonObject = Record<string, unknown>;

/** True for plain data objects, including ones built in another realm (the resolver sandbox). */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireRecord(value: unknown, path: string): JsonObject {
  if (!isRecord(value)) throw new RequestError(`Expected an object at '${path}', got ${describe(value)}.`);
  return value;
}

export function requireString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new RequestError(`Expected a non-empty string at '${path}', got ${describe(value)}.`);
  }
  return value;
}

export function requireArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new RequestError(`Expected an array at '${path}', got ${describe(value)}.`);
  return value;
}

export function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new RequestError(`Expected a boolean at '${path}', got ${describe(value)}.`);
  return value;
}

export function optionalInteger(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new RequestError(`Expected an integer at '${path}', got ${describe(value)}.`);
  }
  return value;
}

export function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return requireString(value, path);
}

/** AppSync's conflict-detection fields only mean something on a versioned data source. */
export function refuseVersioningFields(request: JsonObject): void {
  for (const field of ['_version', 'customPartitionKey', 'populateIndexFields']) {
    if (request[field] !== undefined) {
      throw new RequestError(
        `'${field}' needs conflict detection (a versioned data source), ` +
          'which the local DynamoDB data source does not emulate.',
      );
    }
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `a ${typeof value}`;
}
