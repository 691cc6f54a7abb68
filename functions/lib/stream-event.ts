// The parts of Lambda's DynamoDB Streams event and partial-batch answer the functions read
// (Lambda developer guide, "Using AWS Lambda with Amazon DynamoDB": event shape, ReportBatchItemFailures).
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export interface StreamRecord {
  eventID?: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventSourceARN?: string;
  dynamodb: {
    Keys?: Record<string, AttributeValue>;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
    SequenceNumber: string;
    ApproximateCreationDateTime?: number;
  };
}

export interface StreamEvent {
  Records: StreamRecord[];
}

/** With ReportBatchItemFailures, Lambda retries the batch from the first identifier listed. */
export interface BatchResponse {
  batchItemFailures: Array<{ itemIdentifier: string }>;
}
