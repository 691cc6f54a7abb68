// A self-signed certificate for localhost / 127.0.0.1 / ::1, made once and kept in `dir`.
// Amplify JS v6 always rewrites the real-time URL to wss://, so the emulator needs TLS for it.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export const KEY_FILE = 'localhost-key.pem';
export const CERT_FILE = 'localhost-cert.pem';
const NAMES = { dns: ['localhost'], ips: ['127.0.0.1', '::1'] };
const VALID_DAYS = 825; // the longest validity Apple platforms accept for a TLS server certificate
const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;

export interface LocalTlsOptions {
  key: string;
  cert: string;
  keyPath: string;
  /** Point Node clients at it with NODE_EXTRA_CA_CERTS, or pass it as `ca`. */
  certPath: string;
}

/** Loads the pair from `dir`, or makes (and saves) a new one if missing, unreadable, mismatched or expiring. */
export async function createLocalTlsOptions(dir: string): Promise<LocalTlsOptions> {
  const keyPath = join(dir, KEY_FILE);
  const certPath = join(dir, CERT_FILE);
  const existing = await readPair(keyPath, certPath);
  if (existing) return { ...existing, keyPath, certPath };

  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + VALID_DAYS * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...NAMES.dns.map((value) => ({ type: 2 as const, value })),
          ...NAMES.ips.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true });
  // Write-then-rename so a concurrent reader never sees half a file.
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  await writeFile(keyPath + suffix, pems.private, { mode: 0o600 });
  await writeFile(certPath + suffix, pems.cert, { mode: 0o644 });
  await rename(keyPath + suffix, keyPath);
  await rename(certPath + suffix, certPath);
  return { key: pems.private, cert: pems.cert, keyPath, certPath };
}

async function readPair(keyPath: string, certPath: string): Promise<{ key: string; cert: string } | undefined> {
  try {
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    const x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) return undefined;
    if (Date.parse(x509.validTo) - Date.now() < RENEW_BEFORE_MS) return undefined;
    if (!NAMES.dns.every((n) => x509.checkHost(n)) || !NAMES.ips.every((ip) => x509.checkIP(ip))) return undefined;
    return { key, cert };
  } catch {
    return undefined;
  }
}
