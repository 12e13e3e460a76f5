/**
 * A test origin on loopback: one HTTP and one HTTPS server (certificate from a throwaway CA,
 * for every name the test uses) that answer `origin <host><path>` and record what arrived, so
 * tests can see what the proxy forwarded (safe-search parameters, headers, Via).
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createCertificateAuthority, loadAuthority, mintLeaf } from '../../src/proxy/certificates.ts';

/** What the origin received. */
export interface OriginHit {
  readonly secure: boolean;
  readonly method: string;
  readonly host: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly bodyBytes: number;
}

/** A running origin. */
export interface TestOrigin {
  readonly httpPort: number;
  readonly httpsPort: number;
  /** The origin's CA, PEM (trust it for direct HTTPS, or pass it to the proxy as an upstream CA). */
  readonly caPem: string;
  readonly hits: OriginHit[];
  close(): Promise<void>;
}

/** Starts the origin; `names` get a certificate on the HTTPS side. */
export async function startTestOrigin(names: readonly string[]): Promise<TestOrigin> {
  const hits: OriginHit[] = [];
  const ca = await createCertificateAuthority({ commonName: 'Origin test CA', organisation: 'Origin', now: Date.now() });
  const authority = await loadAuthority(ca);
  // One leaf per name would need SNI; one certificate for the first name is enough when the
  // test's HTTPS names are few: mint for each and pick by SNI.
  const leaves = new Map<string, { cert: string; key: string }>();
  for (const n of names) {
    const leaf = await mintLeaf(authority, n, Date.now());
    leaves.set(n, { cert: leaf.certPem, key: leaf.keyPem });
  }
  const first = leaves.get(names[0] ?? '') ?? { cert: '', key: '' };
  const handler = (secure: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    let bodyBytes = 0;
    req.on('data', (c: Buffer) => (bodyBytes += c.length));
    req.on('end', () => {
      hits.push({ secure, method: req.method ?? '', host: req.headers.host ?? '', url: req.url ?? '', headers: req.headers, bodyBytes });
      const body = `origin ${req.headers.host ?? ''}${req.url ?? ''} received ${bodyBytes} bytes\n`;
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body), 'set-cookie': ['a=1', 'b=2'], 'x-origin': 'yes' });
      res.end(body);
    });
  };
  const plain = http.createServer(handler(false));
  const secure = https.createServer(
    {
      cert: first.cert,
      key: first.key,
      SNICallback: (servername, cb) => {
        const leaf = leaves.get(servername) ?? first;
        import('node:tls').then((tls) => cb(null, tls.createSecureContext({ cert: leaf.cert, key: leaf.key })), cb);
      },
    },
    handler(true),
  );
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => secure.listen(0, '127.0.0.1', r));
  return {
    httpPort: (plain.address() as AddressInfo).port,
    httpsPort: (secure.address() as AddressInfo).port,
    caPem: ca.certPem,
    hits,
    close: async () => {
      plain.closeAllConnections();
      secure.closeAllConnections();
      await Promise.all([new Promise((r) => plain.close(r)), new Promise((r) => secure.close(r))]);
    },
  };
}
