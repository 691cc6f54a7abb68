// The local certificate, and the endpoint served over https/wss with it (Amplify v6 always uses wss).
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloClient, InMemoryCache, gql, type ApolloLink } from '@apollo/client';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { API_KEY, startRealtimeHarness } from '../../../test/support/realtime-harness.ts';
import { connectAndInit, startMessage } from '../../../test/support/realtime-client.ts';
import { CERT_FILE, KEY_FILE, createLocalTlsOptions, type LocalTlsOptions } from './tls.ts';

let dir: string;
let tls: LocalTlsOptions;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'realtime-tls-'));
  tls = await createLocalTlsOptions(join(dir, 'certs'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('createLocalTlsOptions', () => {
  it('makes a server certificate for localhost, 127.0.0.1 and ::1 and keeps the key private', async () => {
    const x509 = new X509Certificate(tls.cert);
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.checkIP('::1')).toBe('::1');
    expect(x509.ca).toBe(false);
    expect(Date.parse(x509.validTo) - Date.now()).toBeGreaterThan(365 * 24 * 3600 * 1000);
    expect(await readFile(join(dir, 'certs', CERT_FILE), 'utf8')).toBe(tls.cert);
    expect((await stat(join(dir, 'certs', KEY_FILE))).mode & 0o077).toBe(0);
  });

  it('reuses the saved pair', async () => {
    const again = await createLocalTlsOptions(join(dir, 'certs'));
    expect(again.cert).toBe(tls.cert);
    expect(again.key).toBe(tls.key);
  });

  it('replaces an unreadable pair', async () => {
    const other = join(dir, 'broken');
    const first = await createLocalTlsOptions(other);
    await writeFile(join(other, CERT_FILE), 'garbage');
    const second = await createLocalTlsOptions(other);
    expect(second.cert).not.toBe(first.cert);
    expect(new X509Certificate(second.cert).checkPrivateKey(createPrivateKey(second.key))).toBe(true);
    expect(await readFile(join(other, CERT_FILE), 'utf8')).toBe(second.cert);
  });
});

describe('over https / wss', () => {
  it('serves the protocol to a raw wss client that trusts the certificate', async () => {
    const harness = await startRealtimeHarness({ tls });
    try {
      const auth = { host: `127.0.0.1:${harness.port}`, 'x-api-key': API_KEY };
      const client = await connectAndInit(harness.realtimeUrl, auth, 'subprotocol', tls.cert);
      expect(client.received[0]?.type).toBe('connection_ack');
      client.send(startMessage('s1', 'subscription { onPing { id } }', auth));
      await client.next('start_ack');
      harness.realtime.publish(harness.engine.starts[0]!.connectionId, 's1', { data: { onPing: { id: '1' } } });
      expect(await client.next('data')).toEqual({ type: 'data', id: 's1', payload: { data: { onPing: { id: '1' } } } });
    } finally {
      await harness.close();
    }
  });

  it('works with aws-appsync-subscription-link given an https GraphQL URL', async () => {
    const harness = await startRealtimeHarness({ tls });
    const saved = (globalThis as { WebSocket?: unknown }).WebSocket;
    // The link calls `new WebSocket(url, protocols)`; this one trusts the local certificate.
    (globalThis as { WebSocket?: unknown }).WebSocket = class extends WebSocket {
      constructor(url: string, protocols: string[]) {
        super(url, protocols, { ca: tls.cert });
      }
    };
    try {
      const link = createSubscriptionHandshakeLink({
        url: harness.graphqlUrl,
        region: 'us-east-1',
        auth: { type: 'API_KEY', apiKey: API_KEY },
      });
      const client = new ApolloClient({ link: link as unknown as ApolloLink, cache: new InMemoryCache() });
      const seen: unknown[] = [];
      const sub = client
        .subscribe({
          query: gql`
            subscription {
              onPing {
                id
              }
            }
          `,
          fetchPolicy: 'no-cache',
        })
        .subscribe({ next: (result) => void seen.push(result.data ?? result.error) });
      const start = await harness.engine.nextStart();
      harness.realtime.publish(start.connectionId, start.subscriptionId, {
        data: { onPing: { __typename: 'Ping', id: 'tls' } },
      });
      await expect.poll(() => seen, { timeout: 5000 }).toEqual([{ onPing: { __typename: 'Ping', id: 'tls' } }]);
      sub.unsubscribe();
    } finally {
      (globalThis as { WebSocket?: unknown }).WebSocket = saved;
      await harness.close();
    }
  });
});
