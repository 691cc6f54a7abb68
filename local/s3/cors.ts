// A bucket's CORS rules as S3 applies them: the first rule whose origin, method and headers match
// answers, the allowed origin is echoed (or `*` when the rule says `*`), and a preflight that no
// rule matches is refused (https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html,
// https://docs.aws.amazon.com/AmazonS3/latest/API/RESTOPTIONSobject.html).
import { s3Error, type S3Error } from './errors.ts';

export interface CorsRule {
  allowedOrigins: string[];
  allowedMethods: string[];
  allowedHeaders: string[];
  exposedHeaders: string[];
  maxAgeSeconds?: number;
}

/** One `*` in a rule's origin or header matches any run of characters. */
function matches(pattern: string, value: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === value;
  const [head, tail] = [pattern.slice(0, star), pattern.slice(star + 1)];
  return value.length >= head.length + tail.length && value.startsWith(head) && value.endsWith(tail);
}

const ruleFor = (rules: CorsRule[], origin: string, method: string, headers: string[]) =>
  rules.find(
    (rule) =>
      rule.allowedOrigins.some((o) => matches(o, origin)) &&
      rule.allowedMethods.includes(method) &&
      headers.every((h) => rule.allowedHeaders.some((a) => matches(a.toLowerCase(), h))),
  );

function allowHeaders(rule: CorsRule, origin: string): Record<string, string> {
  const any = rule.allowedOrigins.includes('*');
  return {
    'access-control-allow-origin': any ? '*' : origin,
    'access-control-allow-methods': rule.allowedMethods.join(', '),
    ...(rule.exposedHeaders.length ? { 'access-control-expose-headers': rule.exposedHeaders.join(', ') } : {}),
    ...(rule.maxAgeSeconds !== undefined ? { 'access-control-max-age': String(rule.maxAgeSeconds) } : {}),
    // UNVERIFIED against AWS: S3 adds Allow-Credentials for a specific (non-*) origin.
    ...(any ? {} : { 'access-control-allow-credentials': 'true' }),
    vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
  };
}

/** The answer to an OPTIONS preflight: its headers, or S3's 403. */
export function preflight(
  rules: CorsRule[] | undefined,
  origin: string | undefined,
  method: string | undefined,
  requestHeaders: string | undefined,
): Record<string, string> | S3Error {
  // S3 answers a refused preflight as AccessForbidden with a "CORSResponse: " message (s3rver's code differs).
  // UNVERIFIED against AWS: the Method and ResourceType elements' exact values.
  const refused = (why: string) =>
    s3Error(403, 'AccessForbidden', `CORSResponse: ${why}`, { Method: method ?? '', ResourceType: 'OBJECT' });
  if (!rules?.length) return refused('CORS is not enabled for this bucket.');
  if (!origin || !method) return s3Error(400, 'BadRequest', 'Insufficient information. Origin request header needed.');
  const headers = (requestHeaders ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const rule = ruleFor(rules, origin, method, headers);
  if (!rule)
    return refused(
      'This CORS request is not allowed. This is usually because the evalution of Origin, ' +
        'request method / Access-Control-Request-Method or Access-Control-Request-Headers ' +
        "are not whitelisted by the resource's CORS spec.",
    );
  return {
    ...allowHeaders(rule, origin),
    ...(headers.length ? { 'access-control-allow-headers': headers.join(', ') } : {}),
  };
}

/** The CORS headers of a real (non-preflight) answer; none when no rule matches. */
export function corsHeaders(rules: CorsRule[] | undefined, origin: string | undefined, method: string) {
  if (!rules?.length || !origin) return {};
  const rule = ruleFor(rules, origin, method, []);
  return rule ? allowHeaders(rule, origin) : {};
}
