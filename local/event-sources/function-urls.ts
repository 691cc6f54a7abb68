// Lambda function URLs (AWS::Lambda::Url), read from the template: which function each serves, its auth
// type and CORS. Locally each is an HTTP listener on loopback (see function-url-server.ts).
// https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html
import { resourcesOfType, type Template, type TemplateJson } from '../stack/index.ts';

export interface FunctionUrlCors {
  allowOrigins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  allowCredentials: boolean;
  maxAge?: number;
}

export interface FunctionUrlConfig {
  logicalId: string;
  functionLogicalId: string;
  authType: 'NONE';
  cors?: FunctionUrlCors;
}

function readCors(cors: TemplateJson | undefined): FunctionUrlCors | undefined {
  if (!cors) return undefined;
  const list = (v: unknown) => ((v ?? []) as string[]).map(String);
  return {
    allowOrigins: list(cors.AllowOrigins),
    allowMethods: list(cors.AllowMethods).map((m) => m.toUpperCase()),
    allowHeaders: list(cors.AllowHeaders).map((h) => h.toLowerCase()),
    exposeHeaders: list(cors.ExposeHeaders),
    allowCredentials: cors.AllowCredentials === true,
    ...(cors.MaxAge === undefined ? {} : { maxAge: Number(cors.MaxAge) }),
  };
}

function readUrl(logicalId: string, p: TemplateJson): FunctionUrlConfig | string {
  const getAtt = p.TargetFunctionArn?.['Fn::GetAtt'] as [string, string] | undefined;
  const functionLogicalId = getAtt?.[1] === 'Arn' ? getAtt[0] : (p.TargetFunctionArn?.Ref as string | undefined);
  if (!functionLogicalId) return `${logicalId}: TargetFunctionArn must name a function of this stack`;
  if (p.Qualifier) return `${logicalId}: a Qualifier (alias) is not emulated`;
  // UNVERIFIED against AWS: IAM-authenticated URLs need SigV4 (service lambda); none of ours uses one yet.
  if (p.AuthType !== 'NONE') return `${logicalId}: AuthType ${String(p.AuthType)} is not emulated (only NONE)`;
  if ((p.InvokeMode ?? 'BUFFERED') !== 'BUFFERED') return `${logicalId}: only InvokeMode BUFFERED is emulated`;
  const cors = readCors(p.Cors);
  return { logicalId, functionLogicalId, authType: 'NONE', ...(cors ? { cors } : {}) };
}

/** Every function URL of the template; a setting the emulation cannot honour is an error, not a guess. */
export function functionUrls(template: Template): FunctionUrlConfig[] {
  return resourcesOfType(template, 'AWS::Lambda::Url').map(([id, resource]) => {
    const url = readUrl(id, resource.Properties ?? {});
    if (typeof url === 'string') throw new Error(`Function URL ${url}`);
    return url;
  });
}
