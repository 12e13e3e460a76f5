import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { describe, it } from 'node:test';
import * as asn1js from 'asn1js';
import { createCertificateAuthority, loadAuthority, mintLeaf, serialOctets } from './certificates.ts';

/** The DER content octets of an INTEGER made from these serial octets. */
function derContent(octets: Uint8Array): Uint8Array {
  const der = new Uint8Array(new asn1js.Integer({ valueHex: octets.buffer as ArrayBuffer }).toBER(false));
  return der.subarray(2, 2 + (der[1] ?? 0));
}

describe('certificate serial numbers', () => {
  it('are 16 positive octets in minimal DER whatever the random octets are', () => {
    for (const first of [0x00, 0x01, 0x3f, 0x40, 0x7f, 0x80, 0xc0, 0xff]) {
      for (const second of [0x00, 0x7f, 0x80, 0xff]) {
        const random = new Uint8Array(16).fill(0xa5);
        random[0] = first;
        random[1] = second;
        const octets = serialOctets(random);
        const content = derContent(octets);
        assert.equal(content.length, 16, `first ${first}, second ${second}`);
        assert.ok((content[0] ?? 0) >= 0x40 && (content[0] ?? 0) < 0x80, 'positive, no leading zero octet');
        assert.deepEqual([...content.subarray(1)], [...random.subarray(1)], 'the rest stays random');
      }
    }
  });

  it('does not change the caller’s octets', () => {
    const random = new Uint8Array(16);
    serialOctets(random);
    assert.equal(random[0], 0);
  });
});

describe('school CA and leaves', () => {
  it('makes certificates OpenSSL parses, and a leaf a TLS client trusts through the CA', async () => {
    const now = Date.now();
    const ca = await createCertificateAuthority({ commonName: 'Test school filtering CA', organisation: 'Test school', now });
    const caCert = new X509Certificate(ca.certPem);
    assert.equal(caCert.ca, true);
    assert.equal(ca.fingerprint, caCert.fingerprint256);
    const leaf = await mintLeaf(await loadAuthority(ca), 'www.example.test', now);
    const leafCert = new X509Certificate(leaf.certPem);
    assert.ok(leafCert.verify(caCert.publicKey), 'signed by the CA');
    assert.equal(leafCert.checkHost('www.example.test'), 'www.example.test');
    assert.equal(leafCert.checkHost('other.example.test'), undefined);

    const server = https.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const authorised = await new Promise<boolean>((resolve, reject) => {
        const socket = tls.connect({ host: '127.0.0.1', port, servername: 'www.example.test', ca: ca.certPem }, () => {
          resolve(socket.authorized);
          socket.end();
        });
        socket.on('error', reject);
      });
      assert.equal(authorised, true);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('mints a leaf for an IP address with the address as its alternative name', async () => {
    const now = Date.now();
    const authority = await loadAuthority(await createCertificateAuthority({ commonName: 'Test CA', organisation: 'Test', now }));
    for (const address of ['192.0.2.7', '2001:db8::7']) {
      const cert = new X509Certificate((await mintLeaf(authority, address, now)).certPem);
      assert.equal(cert.checkIP(address), address);
    }
  });
});
