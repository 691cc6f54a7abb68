// The image-objects function: AppSync's `imageStore` data source invokes it with `{ action: 'inspect', key }`
// (does the object exist, with which type and size). The stream side (delete detached images, retag attached
// ones) runs in the catalog-changes function, which imports `cleanUpImages` from here.
import { imageBucketClient, imageBucketName, isProductImageKey } from '../lib/image-bucket.ts';
import { inspectObject, type Inspection } from './inspect.ts';

export { cleanUpImages, imageChangesOf, PRODUCT_ENTITY, type ImageChanges } from './stream.ts';
export type { Inspection } from './inspect.ts';

export interface InspectRequest {
  action: 'inspect';
  key: string;
}

export async function handler(event: unknown): Promise<Inspection> {
  const request = (event ?? {}) as Partial<InspectRequest>;
  if (request.action !== 'inspect') {
    throw new Error(`ValidationError: unknown action ${JSON.stringify(request.action)}; expected 'inspect'`);
  }
  if (!isProductImageKey(request.key)) {
    throw new Error('ValidationError: key must be an object key under products/');
  }
  return inspectObject(imageBucketClient(), imageBucketName(), request.key);
}
