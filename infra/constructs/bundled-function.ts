// A Lambda function from one `functions/<name>/index.ts`, bundled with esbuild at synth (as CDK's
// NodejsFunction does, without its Docker fallback) into dist/functions/<name>. It gets its own log
// group with retention and a role that may write only there: no AWSLambdaBasicExecutionRole (logs:*).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The runtime the functions are built and tested for (Lambda runtimes: Node.js 22, until April 2027). */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_22_X;

export interface BundledFunctionProps {
  /** folder under functions/ holding index.ts, which exports `handler` */
  readonly name: string;
  readonly description: string;
  readonly environment?: Record<string, string>;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default RemovalPolicy.RETAIN */
  readonly logRemovalPolicy?: RemovalPolicy;
}

const bundled = new Map<string, string>();

/** Bundles functions/<name>/index.ts into dist/functions/<name>/index.mjs (once per process). */
export function bundleFunction(name: string): string {
  const done = bundled.get(name);
  if (done) return done;
  const outDir = path.join(ROOT, 'dist', 'functions', name);
  mkdirSync(outDir, { recursive: true });
  buildSync({
    entryPoints: [path.join(ROOT, 'functions', name, 'index.ts')],
    outfile: path.join(outDir, 'index.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    // Some bundled CommonJS dependencies call require(): give the ES module one.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  bundled.set(name, outDir);
  return outDir;
}

export class BundledFunction extends Construct {
  public readonly function: lambda.Function;
  public readonly role: iam.Role;
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.name} function: its own log group, plus what its construct grants`,
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    this.function = new lambda.Function(this, 'Resource', {
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(bundleFunction(props.name)),
      role: this.role,
      logGroup: this.logGroup,
      timeout: props.timeout ?? Duration.seconds(10),
      memorySize: props.memorySize ?? 256,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      // X-Ray active tracing, so a request's trace continues past AppSync into the function (CDK grants the
      // role xray:PutTraceSegments/PutTelemetryRecords, which take no resource: infra/nag.ts).
      tracing: lambda.Tracing.ACTIVE,
    });
  }
}
