// The local engines' processes, each kept running across crashes: DynamoDB Local and cognito-local,
// plus the supervision they share. Other rooms import from here only.
export * from './cognito/index.ts';
export { ensureTables } from './dynamodb/tables.ts';
export * from './dynamodb/index.ts';
export { keepAlive, type KeptEngine } from './keep-alive.ts';
export { LOOPBACK } from './supervised-process.ts';
