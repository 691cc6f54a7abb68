// The whole documented util surface and the @aws-appsync/utils/dynamodb module are present inside
// the realm (and nothing from VTL), and they behave there as they do in their unit tests.
import { afterAll, describe, expect, it } from 'vitest';
import { createEvaluator } from '../evaluator.ts';

const evaluator = createEvaluator({ timeoutMs: 2000 });
afterAll(() => evaluator.close());

async function value(body: string, fixedNow?: number): Promise<unknown> {
  const code =
    "import { util } from '@aws-appsync/utils';\nimport * as ddb from '@aws-appsync/utils/dynamodb';\n" +
    `export function request(ctx) {\n${body}\n}\nexport function response(ctx) { return null; }`;
  const evaluation = await evaluator.evaluate({ code, context: {}, handler: 'request', fixedNow });
  if (evaluation.codeErrors) throw new Error(JSON.stringify(evaluation.codeErrors));
  if (evaluation.outcome.status === 'failed') throw new Error(evaluation.outcome.failure?.message);
  return evaluation.outcome.result;
}

describe('the util object inside the realm', () => {
  it('has exactly the APPSYNC_JS members', async () => {
    const surface = await value(`
      const out = {};
      for (const k of Object.keys(util)) {
        out[k] = typeof util[k] === 'object' ? Object.keys(util[k]).sort() : typeof util[k];
      }
      return out;`);
    expect(surface).toEqual({
      urlEncode: 'function',
      urlDecode: 'function',
      base64Encode: 'function',
      base64Decode: 'function',
      escapeJavaScript: 'function',
      autoId: 'function',
      autoUlid: 'function',
      autoKsuid: 'function',
      error: 'function',
      appendError: 'function',
      unauthorized: 'function',
      matches: 'function',
      authType: 'function',
      time: [
        'epochMilliSecondsToFormatted',
        'epochMilliSecondsToISO8601',
        'epochMilliSecondsToSeconds',
        'nowEpochMilliSeconds',
        'nowEpochSeconds',
        'nowFormatted',
        'nowISO8601',
        'parseFormattedToEpochMilliSeconds',
        'parseISO8601ToEpochMilliSeconds',
      ],
      str: ['normalize'],
      math: ['maxVal', 'minVal', 'randomDouble', 'randomWithinRange', 'roundNum'],
      dynamodb: [
        'fromS3ObjectJson',
        'toBinary',
        'toBinarySet',
        'toBoolean',
        'toDynamoDB',
        'toList',
        'toMap',
        'toMapValues',
        'toNull',
        'toNumber',
        'toNumberSet',
        'toS3Object',
        'toString',
        'toStringSet',
      ],
      transform: [
        'toDynamoDBConditionExpression',
        'toDynamoDBFilterExpression',
        'toElasticsearchQueryDSL',
        'toSubscriptionFilter',
      ],
      http: ['addResponseHeader', 'addResponseHeaders', 'copyHeaders'],
      xml: ['toJsonString', 'toMap'],
    });
  });

  it('the dynamodb module exports exactly its documented names', async () => {
    expect(await value('return Object.keys(ddb).sort();')).toEqual([
      'batchDelete',
      'batchGet',
      'batchPut',
      'get',
      'operations',
      'put',
      'query',
      'remove',
      'scan',
      'sync',
      'toBinarySet',
      'toNumberSet',
      'toStringSet',
      'transactGet',
      'transactWrite',
      'update',
    ]);
  });

  it('time follows the pinned clock with Java formats and IANA zones (AWS doc examples)', async () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time.html
    expect(
      await value(
        "return [util.time.nowISO8601(), util.time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth'), " +
          "util.time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00')];",
        1517943695749,
      ),
    ).toEqual(['2018-02-06T19:01:35.749Z', '2018-02-07 03:01:35+0800', 1517476865180]);
  });

  it('ids, encodings, matches and transforms work in the realm', async () => {
    const body =
      "return [util.autoId(), util.autoUlid(), util.autoKsuid(), util.base64Encode('héllo'), " +
      "util.urlEncode('a b&c'),\n" +
      "      util.matches('a*b', 'aaaaab'), " +
      "util.transform.toDynamoDBFilterExpression({ title: { contains: 'Hello World' } })];";
    const [uuid, ulid, ksuid, b64, url, matched, filter] = (await value(body)) as string[];
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ulid).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(ksuid).toMatch(/^[0-9A-Za-z]{27}$/);
    expect([b64, url, matched]).toEqual(['aMOpbGxv', 'a+b%26c', true]);
    // AWS EvaluateCode, recorded in localstack/appsync-utils __tests__/__snapshots__/index.test.js.snap
    expect(filter).toBe(
      '{"expression":"(contains(#title,:title_contains))","expressionNames":{"#title":"title"},' +
        '"expressionValues":{":title_contains":{"S":"Hello World"}}}',
    );
  });

  it('ddb helpers build AppSync request objects (AWS-captured shapes)', async () => {
    expect(
      await value(
        "return [ddb.put({ key: { id: 'abc' }, item: { value: 10 } }), " +
          "ddb.update({ key: { id: 'test' }, update: { age: ddb.operations.increment(10) } })];",
      ),
    ).toEqual([
      { operation: 'PutItem', key: { id: { S: 'abc' } }, attributeValues: { value: { N: 10 } } },
      {
        operation: 'UpdateItem',
        key: { id: { S: 'test' } },
        update: {
          expression: 'SET #expName_1 = #expName_1 + :expValue_1',
          expressionNames: { '#expName_1': 'age' },
          expressionValues: { ':expValue_1': { N: 10 } },
        },
      },
    ]);
  });

  it('util.authType answers from the identity the request carries', async () => {
    const code =
      "import { util } from '@aws-appsync/utils';\nexport function request(ctx) { return util.authType(); }\n" +
      'export function response(ctx) { return null; }';
    const modes = await Promise.all(
      [
        { identity: null },
        {
          identity: {
            sub: 'u',
            issuer: 'i',
            username: 'u',
            claims: {},
            defaultAuthStrategy: 'ALLOW',
            groups: null,
            sourceIp: [],
          },
        },
        { identity: { accountId: '1', userArn: 'arn:aws:iam::1:user/x', sourceIp: [] } },
        { identity: { resolverContext: {} } },
      ].map(async (context) => (await evaluator.evaluate({ code, context, handler: 'request' })).outcome?.result),
    );
    expect(modes).toEqual([
      'API Key Authorization',
      'User Pool Authorization',
      'IAM Authorization',
      'Lambda Authorization',
    ]);
  });
});
