// AppSync's EvaluateCode reports problems in the code itself as CodeError entries
// (API_CodeError: errorType such as PARSER_ERROR or LINT_ERROR, a user-presentable value, a location).

export interface CodeErrorLocation {
  /** 1-based line in code.js */
  line: number;
  /** 1-based column, as V8 stack traces and AppSync's `code.js:L:C` prefixes count */
  column: number;
  /** length of the offending source text */
  span: number;
}

export interface CodeError {
  errorType: 'PARSER_ERROR' | 'LINT_ERROR' | 'VALIDATION_ERROR';
  value: string;
  location: CodeErrorLocation;
}

/** AppSync's deployment message when any CodeError is present. */
export const CODE_ERRORS_MESSAGE = 'The code contains one or more errors.';
