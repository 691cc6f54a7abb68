// The door to local/appsync-control: the part of AppSync's control plane the stack uses (UpdateApiKey,
// ListApiKeys), SigV4-checked, over the API keys the local AppSync server enforces (README.md).
export {
  DELETE_AFTER_S,
  localApiId,
  openApiKeyStore,
  type ApiKeyRecord,
  type ApiKeyStore,
  type ApiKeyStoreOptions,
  type TemplateKey,
} from './api-keys.ts';
export {
  CONTROL_PLANE_PREFIX,
  createControlPlane,
  type ControlPlaneHandler,
  type ControlPlaneOptions,
} from './handler.ts';
export { MAX_VALIDITY_S, MIN_VALIDITY_S } from './operations.ts';
