// @aws-appsync/utils/dynamodb, as resolver code imports it (`import * as ddb from '@aws-appsync/utils/dynamodb'`).
// Set helpers are the util.dynamodb ones: numbers stay JSON numbers ({"NS": [1, 2]}).
//
// UNVERIFIED against AWS: toStringSet / toNumberSet / toBinarySet of this module answer exactly what
// util.dynamodb's do (the published types document NS as strings; util.dynamodb answers numbers).

export { toBinarySet, toNumberSet, toStringSet } from '../util/dynamodb.ts';
export { batchDelete, batchGet, batchPut, transactGet, transactWrite } from './batch-requests.ts';
export { operations } from './operations.ts';
export { get, put, query, remove, scan, sync, update } from './requests.ts';
