// The part of a CloudFormation custom-resource request the CDK provider framework passes to an onEvent
// handler, and the answer it expects (CDK docs, custom_resources "Provider Framework": onEvent).
export interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  ResourceProperties?: Record<string, unknown>;
  PhysicalResourceId?: string;
}

export interface CustomResourceAnswer {
  PhysicalResourceId: string;
  Data?: Record<string, string>;
}

export function isCustomResourceEvent(event: unknown): event is CustomResourceEvent {
  return !!event && typeof event === 'object' && 'RequestType' in event;
}
