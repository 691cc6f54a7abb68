// What the acknowledgment lists share: their shape, and the reasons that hold for many constructs alike.
import type { Stack } from 'aws-cdk-lib';

export interface NagAcknowledgment {
  /** construct path below the stack, down to the L1 resource (e.g. `Auth/Resource/Resource`) */
  readonly path: string;
  /** the finding: a rule id, or `RuleId[FindingId]` for rules with several findings per resource */
  readonly id: string;
  readonly reason: string;
  /** only where this holds (e.g. a stage without zone awareness); @default always */
  readonly when?: (stack: Stack) => boolean;
}

export const TRACING_REASON =
  "X-Ray active tracing (the function continues the API's trace): xray:PutTraceSegments and " +
  'xray:PutTelemetryRecords, which CDK grants for Tracing.ACTIVE, support no resource-level permission ' +
  '(Service Authorization Reference, AWS X-Ray: no resource types), so their resource must be "*". They only ' +
  'send trace data; no read of traces or any other service.';
