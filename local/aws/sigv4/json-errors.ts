// SigV4 failures worded as the JSON and REST services (AppSync, Cognito, OpenSearch Service) word
// them: an error type from AWS's common set and the message AWS is observed to send.
// https://docs.aws.amazon.com/general/latest/gr/signature-v4-troubleshooting.html
import type { SigV4Failure } from './failure.ts';
import { formatAmzDate } from './parse.ts';

export type SigV4ErrorType =
  | 'InvalidSignatureException'
  | 'IncompleteSignatureException'
  | 'UnrecognizedClientException'
  | 'MissingAuthenticationTokenException';

export interface SigV4JsonError {
  /** 403, as AppSync answers every SigV4 refusal; a service that differs sets its own */
  status: number;
  type: SigV4ErrorType;
  message: string;
}

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
export const INVALID_TOKEN_MESSAGE = 'The security token included in the request is invalid.';

const requires = (parameters: string[]) =>
  parameters.map((p) => `Authorization header requires '${p}' parameter.`).join(' ');

/** `x-amz-security-token` → `X-Amz-Security-Token`, as AWS names headers in its messages. */
const headerTitle = (name: string) =>
  name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('-');

function skewMessage(f: SigV4Failure): string {
  const now = f.nowMs ?? Date.now();
  const skew = f.maxSkewMs ?? 0;
  const minutes = `${Math.round(skew / 60_000)} min.`;
  if (f.code === 'SignatureExpired')
    return (
      `Signature expired: ${f.amzDate} is now earlier than ` +
      `${formatAmzDate(now - skew)} (${formatAmzDate(now)} - ${minutes})`
    );
  return (
    `Signature not yet current: ${f.amzDate} is still later than ` +
    `${formatAmzDate(now + skew)} (${formatAmzDate(now)} + ${minutes})`
  );
}

function message(f: SigV4Failure, service: string): [SigV4ErrorType, string] {
  const invalid = (text: string): [SigV4ErrorType, string] => ['InvalidSignatureException', text];
  const incomplete = (text: string): [SigV4ErrorType, string] => ['IncompleteSignatureException', text];
  switch (f.code) {
    case 'NoAuthorization':
      return ['MissingAuthenticationTokenException', 'Missing Authentication Token'];
    case 'UnsupportedAlgorithm':
    case 'BothMechanisms':
      return incomplete(requires(['Credential', 'Signature', 'SignedHeaders']));
    case 'IncompleteAuthorization':
      return incomplete(requires(f.missing ?? []));
    case 'MalformedCredential':
      return incomplete(`Credential should have exactly 5 slash-separated components: '${f.credential}'.`);
    case 'WrongTerminator':
      return invalid("Credential should be scoped with a valid terminator: 'aws4_request'.");
    case 'WrongService':
      return invalid(`Credential should be scoped to correct service: '${service}'.`);
    case 'WrongRegion':
      return invalid(`Credential should be scoped to a valid region, not '${f.scope?.region}'.`);
    case 'HeadersNotSigned':
      // UNVERIFIED against AWS for x-amz-security-token: worded as AWS words an unsigned Host.
      return invalid(
        (f.headers ?? [])
          .map((h) => `'${headerTitle(h)}' must be a 'SignedHeader' in the AWS Authorization.`)
          .join(' '),
      );
    case 'InvalidDate':
      return incomplete("Authorization header requires existence of a valid 'X-Amz-Date' header.");
    case 'ScopeDateMismatch':
      return invalid(
        'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: ' +
          `'${f.scope?.date}' != '${f.amzDate?.slice(0, 8)}'.`,
      );
    case 'SignatureExpired':
    case 'SignatureNotYetCurrent':
      return invalid(skewMessage(f));
    case 'UnknownAccessKey':
    case 'InvalidSecurityToken':
      return ['UnrecognizedClientException', INVALID_TOKEN_MESSAGE];
    default:
      return invalid(SIGNATURE_MISMATCH_MESSAGE);
  }
}

/** A failure as a JSON/REST service answers it (status 403; wording per AWS's common SigV4 errors). */
export function sigV4JsonError(failure: SigV4Failure, service: string): SigV4JsonError {
  const [type, text] = message(failure, service);
  return { status: 403, type, message: text };
}
