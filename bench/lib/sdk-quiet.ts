// Imported first by each benchmark entry: ES modules run their imports in order, so this sets the
// variable before any module loads the AWS SDK, here and in every process the benchmark starts.
// The SDK warns on Node versions it will drop; package.json's engines field is ours to state.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
