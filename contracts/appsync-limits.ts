// AppSync's documented limits that the build, the stack and the local runtime all enforce.

/** Largest `code` AppSync accepts for a resolver or function (API_Resolver: code length ≤ 32,768). */
export const MAX_CODE_LENGTH = 32_768;

/** AppSync allows at most 10 functions in one pipeline resolver (AppSync quotas). */
export const MAX_PIPELINE_FUNCTIONS = 10;
