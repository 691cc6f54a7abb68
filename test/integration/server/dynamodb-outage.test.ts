// While DynamoDB Local is down (crashed, restarting), a data-source call fails with an error that
// names it, as ctx.error sees it: the wire client's message inside SDK v2's client-side failure.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { toDataSourceError } from '../../../local/datasources/index.ts';
import { createWireDynamoDbClient } from '../../../local/datasources/index.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/local-aws.ts';
import { freePort } from '../../support/free-port.ts';

const get = new GetItemCommand({ TableName: 'T', Key: { pk: { S: 'x' } } });

async function failure(outage?: () => string | undefined): Promise<unknown> {
  const endpoint = `http://127.0.0.1:${await freePort()}`; // nobody listens there
  const options = { endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const wire = createWireDynamoDbClient({ ...options, ...(outage ? { outage } : {}) });
  try {
    return await wire.send(get).then(
      () => 'answered',
      (err: unknown) => err,
    );
  } finally {
    wire.destroy();
  }
}

describe('the wire client when DynamoDB Local does not answer', () => {
  it('says why, when its supervisor knows', async () => {
    const err = await failure(() => 'restarting after it exited with code 137');
    expect(toDataSourceError(err)).toEqual({
      type: 'DynamoDB:SdkClientException',
      message:
        'Unable to execute HTTP request: ' +
        'DynamoDB Local is not answering (restarting after it exited with code 137); try again shortly',
    });
  });

  it('names DynamoDB Local and the refused endpoint otherwise (the sandbox workers have no supervisor)', async () => {
    const err = await failure();
    expect(toDataSourceError(err).message).toMatch(
      new RegExp(
        '^Unable to execute HTTP request: DynamoDB Local is not answering ' +
          '\\(ECONNREFUSED from http://127\\.0\\.0\\.1:\\d+; it may be restarting\\); try again shortly$',
      ),
    );
  });
});
