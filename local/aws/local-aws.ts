// The one place that says which AWS region, account and credentials the offline stack pretends
// to be: every twin, client and resolved ARN uses these, so they always agree.
export const LOCAL_REGION = 'us-east-1';

/** The account id SAM CLI and LocalStack use for local resources. */
export const LOCAL_ACCOUNT_ID = '000000000000';

/** The engines check no IAM: any static keys sign; these are the ones every local client uses. */
// Not frozen: the AWS SDK v3 tags the credentials object it is given ($source), and would throw.
export const LOCAL_CREDENTIALS: { readonly accessKeyId: string; readonly secretAccessKey: string } = {
  accessKeyId: 'local',
  secretAccessKey: 'local',
};

/**
 * The environment that keeps the AWS SDK's notices out of npm start's log, for every process and
 * worker we start: the SDK warns on Node versions it will drop (package.json's engines field is ours
 * to state), and the v2 SDK inside cognito-local announces its maintenance mode.
 */
export const QUIET_SDK_ENVIRONMENT: Readonly<Record<string, string>> = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
};
