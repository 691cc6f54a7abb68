// OpenSearch's error bodies, as values: every refusal of the twin is one of these, so the official
// client raises its ResponseError and the AppSync data source reads the same shape as in the cloud.
// Shape: https://opensearch.org/docs/latest/api-reference/ (error responses; `{error:{root_cause,type,reason},status}`)

export interface OpenSearchErrorBody {
  error: {
    root_cause: Array<{ type: string; reason: string; [k: string]: unknown }>;
    type: string;
    reason: string;
    [k: string]: unknown;
  };
  status: number;
}

/** A refusal on its way to the HTTP answer; thrown inside the twin, never past its door. */
export class OpenSearchError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly reason: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(reason);
  }

  body(): OpenSearchErrorBody {
    const cause = { type: this.type, reason: this.reason, ...this.extra };
    return { error: { root_cause: [cause], ...cause }, status: this.status };
  }
}

export const parsingError = (reason: string) => new OpenSearchError(400, 'parsing_exception', reason);
export const illegalArgument = (reason: string) => new OpenSearchError(400, 'illegal_argument_exception', reason);
export const contentParseError = (reason: string) => new OpenSearchError(400, 'x_content_parse_exception', reason);

export function indexNotFound(index: string): OpenSearchError {
  return new OpenSearchError(404, 'index_not_found_exception', `no such index [${index}]`, {
    'resource.type': 'index_or_alias',
    'resource.id': index,
    index,
  });
}

// UNVERIFIED against AWS: the reason text is OpenSearch 2.x's for external_gte as we recall it.
export function versionConflict(index: string, id: string, current: number, given: number): OpenSearchError {
  return new OpenSearchError(
    409,
    'version_conflict_engine_exception',
    `[${id}]: version conflict, current version [${current}] is higher than the one provided [${given}]`,
    { index },
  );
}
