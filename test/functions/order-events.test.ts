// The order-events function: which stream records become events, the documents it sends (valid
// against the schema, selecting every Order field), SigV4 as the local server verifies it, and
// stream order kept on failure (stop at the first refused record and report it).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { marshall } from '@aws-sdk/util-dynamodb';
import { getNamedType, isObjectType, parse, validate, visit, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../functions/order-events/index.ts';
import { orderEventOf } from '../../functions/order-events/order-event.ts';
import { MUTATIONS } from '../../functions/order-events/publish.ts';
import type { StreamRecord } from '../../functions/lib/stream-event.ts';
import { verifySigV4 } from '../../local/server/index.ts';
import { buildAppSyncSchema } from '../../schema/load-schema.ts';

const KEYS = { accessKeyId: 'AKIDORDEREVENTS', secretAccessKey: 'order-events-secret' };
const IAM = {
  region: 'eu-west-1',
  accountId: '000000000000',
  credentials: [{ ...KEYS, userArn: 'arn', username: 'fn' }],
};

function order(status: string, id = '01ORDER') {
  return { pk: `ORDER#${id}`, sk: 'ORDER', entity: 'Order', id, customerId: 'user-1', status, total: 1200 };
}

function record(eventName: StreamRecord['eventName'], next?: object, before?: object, seq = '1'): StreamRecord {
  return {
    eventName,
    dynamodb: {
      SequenceNumber: seq,
      ...(next ? { NewImage: marshall(next) } : {}),
      ...(before ? { OldImage: marshall(before) } : {}),
    },
  } as StreamRecord;
}

describe('which records are order events', () => {
  it('a new order is placed; a status change is statusChanged', () => {
    expect(orderEventOf(record('INSERT', order('PENDING_PAYMENT')))).toEqual({
      kind: 'placed',
      item: order('PENDING_PAYMENT'),
    });
    expect(orderEventOf(record('MODIFY', order('PAID'), order('PENDING_PAYMENT')))?.kind).toBe('statusChanged');
  });

  it('any other change, removal or item is no event', () => {
    expect(orderEventOf(record('MODIFY', { ...order('PAID'), note: 'x' }, order('PAID')))).toBeUndefined();
    expect(orderEventOf(record('REMOVE', undefined, order('PAID')))).toBeUndefined();
    expect(orderEventOf(record('INSERT', { pk: 'SKU#A', sk: 'VARIANT', entity: 'Variant' }))).toBeUndefined();
  });
});

describe('the documents it sends', () => {
  const schema = buildAppSyncSchema();

  it.each(Object.values(MUTATIONS))('$field is valid and selects every field of Order', ({ field, document }) => {
    const ast = parse(document);
    expect(validate(schema, ast)).toEqual([]);
    const selected = new Set<string>();
    visit(ast, { Field: (node) => void selected.add(node.name.value) });
    const orderType = getNamedType(schema.getMutationType()!.getFields()[field]!.type) as GraphQLObjectType;
    const missing = (type: GraphQLObjectType): string[] =>
      Object.values(type.getFields()).flatMap((f) => {
        const named = getNamedType(f.type);
        return [
          ...(selected.has(f.name) ? [] : [`${type.name}.${f.name}`]),
          ...(isObjectType(named) ? missing(named) : []),
        ];
      });
    expect(missing(orderType)).toEqual([]);
  });
});

describe('the handler', () => {
  let server: Server;
  const received: Array<{ field: string; item: Record<string, unknown>; signed: boolean }> = [];
  let refuseFrom = Infinity;

  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => resolve(body));
    });

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await read(req);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const verified = await verifySigV4(
        { method: req.method ?? 'POST', path: req.url ?? '/', headers, body },
        IAM,
        Date.now(),
      );
      const { query, variables } = JSON.parse(body) as { query: string; variables: { item: string } };
      const field = query.includes('publishOrderPlaced') ? 'publishOrderPlaced' : 'publishOrderStatusChanged';
      received.push({ field, item: JSON.parse(variables.item), signed: !verified.error });
      res.setHeader('content-type', 'application/json');
      if (received.length > refuseFrom) {
        res.end(
          JSON.stringify({ data: { [field]: null }, errors: [{ message: 'refused', errorType: 'Unauthorized' }] }),
        );
      } else {
        res.end(JSON.stringify({ data: { [field]: { id: JSON.parse(variables.item).id } } }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    Object.assign(process.env, {
      GRAPHQL_URL: `http://127.0.0.1:${port}/graphql`,
      AWS_REGION: IAM.region,
      AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    });
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    received.length = 0;
    refuseFrom = Infinity;
  });

  it('publishes each event in stream order, signed with the function credentials', async () => {
    const answer = await handler({
      Records: [
        record('INSERT', order('PENDING_PAYMENT', 'A'), undefined, '1'),
        record('MODIFY', { ...order('PENDING_PAYMENT', 'A'), seen: true }, order('PENDING_PAYMENT', 'A'), '2'),
        record('MODIFY', order('PAID', 'A'), order('PENDING_PAYMENT', 'A'), '3'),
      ],
    });
    expect(answer).toEqual({ batchItemFailures: [] });
    expect(received.map((r) => [r.field, r.item.status, r.signed])).toEqual([
      ['publishOrderPlaced', 'PENDING_PAYMENT', true],
      ['publishOrderStatusChanged', 'PAID', true],
    ]);
  });

  it('stops at the first refused event and reports it, so Lambda retries from there', async () => {
    refuseFrom = 1;
    const answer = await handler({
      Records: [
        record('INSERT', order('PENDING_PAYMENT', 'A'), undefined, '10'),
        record('INSERT', order('PENDING_PAYMENT', 'B'), undefined, '11'),
        record('INSERT', order('PENDING_PAYMENT', 'C'), undefined, '12'),
      ],
    });
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '11' }] });
    expect(received.map((r) => r.item.id)).toEqual(['A', 'B']);
  });
});
