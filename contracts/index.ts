// Facts shared by scripts/, infra/ and local/: AppSync's limits, auth modes and error shape, the
// data-source names and the build manifest's format. Declared here once, imported everywhere.
export * from './appsync-error.ts';
export * from './appsync-limits.ts';
export * from './auth-modes.ts';
export * from './build-manifest.ts';
export * from './data-sources.ts';
export * from './search-index.ts';
