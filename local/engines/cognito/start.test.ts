import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetUserCommand, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { useCognitoLocal } from '../../../test/support/cognito-local.ts';
import { cognitoLocalEntry, startCognitoLocal } from './index.ts';
import { alive, externalIPv4, tryConnect, waitUntil } from '../../../test/support/network-checks.ts';

const cognito = useCognitoLocal();
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('cognito-local on loopback', () => {
  it('answers /health at the endpoint it reports', async () => {
    expect(cognito.endpoint).toBe(`http://127.0.0.1:${cognito.port}`);
    const res = await fetch(`${cognito.endpoint}/health`);
    expect(await res.json()).toEqual({ ok: true });
    console.log(`cognito-local startup: ${cognito.startupMs} ms`);
    expect(cognito.startupMs).toBeGreaterThan(0);
  });

  it('its listening socket is bound to 127.0.0.1 only (ss -ltn)', () => {
    const lines = execFileSync('ss', ['-Hltn', `sport = :${cognito.port}`], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const locals = lines.filter(Boolean).map((line) => line.trim().split(/\s+/)[3]);
    expect(locals.length).toBeGreaterThan(0);
    for (const local of locals) expect(local).toMatch(/^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):\d+$/);
  });

  it.runIf(externalIPv4)('refuses connections on the machine’s non-loopback IPv4 address', async () => {
    expect(await tryConnect('127.0.0.1', cognito.port)).toBe('connected');
    expect(await tryConnect(externalIPv4!, cognito.port)).toBe('ECONNREFUSED');
  });

  it('runs the package’s own CLI, resolved with createRequire', () => {
    expect(cognitoLocalEntry()).toMatch(/node_modules\/cognito-local\/lib\/bin\/start\.js$/);
    const cmdline = execFileSync('ps', ['-o', 'args=', '-p', String(cognito.pid)], { encoding: 'utf8' });
    expect(cmdline).toContain(cognitoLocalEntry());
  });

  it('issues RS256 tokens whose iss is the pool issuer, with the groups in both tokens', async () => {
    const { idToken, accessToken } = await cognito.signIn(cognito.admin);
    expect(decodeProtectedHeader(idToken)).toMatchObject({ alg: 'RS256', kid: 'CognitoLocal' });
    const id = decodeJwt(idToken);
    expect(id).toMatchObject({
      iss: cognito.issuer,
      aud: cognito.clientId,
      token_use: 'id',
      email: 'admin@example.com',
      'cognito:username': cognito.admin.username,
      'cognito:groups': ['admin'],
      sub: cognito.admin.sub,
    });
    expect(decodeJwt(accessToken)).toMatchObject({
      iss: cognito.issuer,
      client_id: cognito.clientId,
      token_use: 'access',
      'cognito:groups': ['admin'],
    });
    const jwks = (await (await fetch(cognito.jwksUri)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(['CognitoLocal']);
  });

  it('marks provisioned users email_verified and gives the shopper no groups', async () => {
    const { idToken, accessToken } = await cognito.signIn(cognito.shopper);
    const id = decodeJwt(idToken);
    expect(String(id.email_verified)).toBe('true');
    expect(id['cognito:groups']).toBeUndefined();
    const me = await cognito.client.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(me.UserAttributes?.find((a) => a.Name === 'email')?.Value).toBe('shopper@example.com');
  });

  const WRONG_PASSWORD =
    'refuses a wrong password (cognito-local says InvalidPasswordException, Cognito NotAuthorizedException)';
  it(WRONG_PASSWORD, async () => {
    const attempt = cognito.client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: cognito.clientId,
        AuthParameters: { USERNAME: 'shopper@example.com', PASSWORD: 'Wrong-password-1' },
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      name: expect.stringMatching(/^(InvalidPasswordException|NotAuthorizedException)$/),
    });
  });
});

describe('startCognitoLocal', () => {
  it('refuses a data dir whose .cognito/config.json overrides the server or token settings', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cognito-override-'));
    try {
      mkdirSync(join(dataDir, '.cognito'));
      writeFileSync(
        join(dataDir, '.cognito', 'config.json'),
        JSON.stringify({ ServerConfig: { hostname: '0.0.0.0' } }),
      );
      await expect(startCognitoLocal({ dataDir })).rejects.toThrow(/sets ServerConfig/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reports a port that is already taken instead of hanging', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cognito-clash-'));
    try {
      await expect(startCognitoLocal({ dataDir, port: cognito.port })).rejects.toThrow(
        /exited before it was ready[\s\S]*EADDRINUSE/,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stop() ends the child process', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cognito-stop-'));
    try {
      const server = await startCognitoLocal({ dataDir });
      expect(alive(server.pid)).toBe(true);
      await server.stop();
      expect(alive(server.pid)).toBe(false);
      expect(await tryConnect('127.0.0.1', server.port)).toBe('ECONNREFUSED');
      await server.stop(); // idempotent
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('cognito-local exits when the Node process that started it is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cognito-orphan-'));
    const moduleUrl = JSON.stringify(new URL('./index.ts', import.meta.url).href);
    const script =
      `const { startCognitoLocal } = await import(${moduleUrl});
      const c = await startCognitoLocal({ dataDir: ${JSON.stringify(dataDir)} }); console.log('pid=' + c.pid); ` +
      'setInterval(() => {}, 1000);';
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const childPid = await new Promise<number>((done, fail) => {
        let out = '';
        parent.stdout!.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /pid=(\d+)/.exec(out);
          if (m) done(Number(m[1]));
        });
        parent.once('exit', (code) => fail(new Error(`parent exited (${code}) before cognito-local started: ${out}`)));
      });
      expect(alive(childPid)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitUntil(() => !alive(childPid), 10_000)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
