import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAIL_HOSTS } from './hosts';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/**
 * A throwaway self-signed certificate for every mail host, made fresh per run so no key is ever committed.
 * The browser runs with --ignore-certificate-errors; the names still matter because the extension's
 * match patterns and the page's origin are the real hosts'.
 */
export function makeSelfSignedCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'candor-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    const altNames = MAIL_HOSTS.map((host) => `DNS:${host}`).join(',');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-nodes', '-days', '2',
        // An EC key is generated in milliseconds; RSA 2048 can take a second on a busy 2-core box.
        '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', keyPath, '-out', certPath,
        '-subj', `/CN=${MAIL_HOSTS[0]}`,
        '-addext', `subjectAltName=${altNames}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
