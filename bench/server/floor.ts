// The floor: a tiny node:http server on 127.0.0.1 that does what any server answering
// product(id) must do at least — read the JSON body, one consistent SDK GetItem on the same
// DynamoDB Local table, and answer the same JSON shape. No GraphQL, no resolver runtime.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { toPlainItem } from '../../local/datasources/index.ts';
import { productKey } from '../../contracts/table-keys.ts';
import { lowestPrice } from '../../resolvers/lib/money.ts';

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

export async function startFloor(options: {
  endpoint: string;
  region: string;
  tableName: string;
  apiKey: string;
  currency: string;
}): Promise<FloorServer> {
  // Same region and key as the shop's own client (DynamoDB Local keeps one database per key and region
  // without -sharedDb).
  const client = new DynamoDBClient({
    endpoint: options.endpoint,
    region: options.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
  const send = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=UTF-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.headers['x-api-key'] !== options.apiKey)
        return send(res, 401, '{"errors":[{"errorType":"UnauthorizedException"}]}');
      const id = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { id: string } }).variables.id;
      const key = productKey(id);
      client
        .send(
          new GetItemCommand({
            TableName: options.tableName,
            Key: { pk: { S: key.pk }, sk: { S: key.sk } },
            ConsistentRead: true,
          }),
        )
        .then((out) => {
          const item = out.Item
            ? (toPlainItem(out.Item) as {
                id: string;
                name: string;
                slug: string;
                status: string;
                variantPrices: Record<string, number>;
              })
            : null;
          const product =
            item && item.status === 'ACTIVE'
              ? {
                  id: item.id,
                  name: item.name,
                  slug: item.slug,
                  status: item.status,
                  priceFrom: { amount: lowestPrice(item.variantPrices), currency: options.currency },
                }
              : null;
          send(res, 200, JSON.stringify({ data: { product } }));
        })
        .catch((err: unknown) => send(res, 500, JSON.stringify({ errors: [{ message: String(err) }] })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        client.destroy();
      }),
  };
}
