// Makes a throw-away self-signed TLS certificate for test host names with the system's openssl, so
// that a test browser can talk https to a local server (it is told to accept the certificate).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A PEM key and certificate. */
export interface TestCertificate {
  key: string;
  cert: string;
}

/** A certificate valid for two days for every name in `hostNames`. */
export async function makeTestCertificate(hostNames: readonly string[]): Promise<TestCertificate> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-cert-'));
  try {
    const keyFile = join(folder, 'key.pem');
    const certFile = join(folder, 'cert.pem');
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${hostNames[0]}`,
      '-addext',
      `subjectAltName=${hostNames.map((name) => `DNS:${name}`).join(',')}`,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ]);
    return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
