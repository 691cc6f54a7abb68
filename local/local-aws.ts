// Moved to local/aws/ (the room for what AWS services share); kept so existing importers compile.
export { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS, LOCAL_REGION, QUIET_SDK_ENVIRONMENT } from './aws/index.ts';
