/**
 * The school CA for TLS inspection and the leaf certificates minted from it, per host, with
 * ECDSA P-256 keys (fast to make: a few milliseconds per host, so a cold cache costs little).
 * X.509 is built with pkijs over WebCrypto — no OpenSSL child process, no native module.
 */
import { createHash, createPrivateKey, webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const subtle = webcrypto.subtle;
const engine = new pkijs.CryptoEngine({ name: 'haven', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] });
/** WebCrypto's key as pkijs types it (the DOM's CryptoKey; Node's is the same object). */
type PkiKey = Parameters<pkijs.Certificate['sign']>[0];
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** A certificate and its private key, PEM-encoded. */
export interface KeyPairPem {
  readonly certPem: string;
  /** PKCS #8. */
  readonly keyPem: string;
}

/** The school CA as the proxy holds it. */
export interface CertificateAuthority extends KeyPairPem {
  readonly subject: string;
  /** SHA-256 of the DER certificate, hex with colons (what admin consoles show). */
  readonly fingerprint: string;
  readonly notBefore: number;
  readonly notAfter: number;
}

function pem(label: string, der: ArrayBuffer | Buffer): string {
  const b64 = Buffer.from(der instanceof Buffer ? der : new Uint8Array(der)).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

/** DER bytes of the first PEM block with this label. */
export function pemToDer(text: string, label = 'CERTIFICATE'): Buffer {
  const m = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`).exec(text);
  if (m?.[1] === undefined) throw new Error(`no ${label} in PEM text`);
  return Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
}

/** `AB:CD:…` SHA-256 fingerprint of a DER certificate. */
export function fingerprintOf(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:');
}

function name(commonName: string, organisation?: string): pkijs.RelativeDistinguishedNames {
  const rdn = new pkijs.RelativeDistinguishedNames();
  if (organisation !== undefined) rdn.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.10', value: new asn1js.Utf8String({ value: organisation }) }));
  rdn.typesAndValues.push(new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: commonName }) }));
  return rdn;
}

/**
 * A random positive serial of exactly 16 octets (126 random bits). The first octet is kept in
 * 0x40–0x7f: positive, and never 0x00, because DER forbids a leading zero octet before one
 * below 0x80 and OpenSSL refuses such a certificate — as a trust anchor silently, so one CA in
 * 256 made every inspected page fail with "unable to verify the first certificate".
 */
export function serialOctets(random: Uint8Array = webcrypto.getRandomValues(new Uint8Array(16))): Uint8Array {
  const bytes = new Uint8Array(random);
  bytes[0] = ((bytes[0] ?? 0) & 0x3f) | 0x40;
  return bytes;
}

function serial(): asn1js.Integer {
  return new asn1js.Integer({ valueHex: serialOctets().buffer });
}

function extension(id: string, critical: boolean, value: { toSchema(): asn1js.AsnType } | asn1js.AsnType): pkijs.Extension {
  const schema = 'toSchema' in value && typeof value.toSchema === 'function' ? (value.toSchema() as asn1js.AsnType) : (value as asn1js.AsnType);
  return new pkijs.Extension({ extnID: id, critical, extnValue: schema.toBER(false) });
}

function keyUsage(bits: number): asn1js.BitString {
  // keyUsage BIT STRING, big-endian bit order: digitalSignature(0) … keyCertSign(5), cRLSign(6).
  const byte = bits & 0xff;
  let unused = 0;
  while (unused < 7 && ((byte >> unused) & 1) === 0) unused++;
  return new asn1js.BitString({ valueHex: new Uint8Array([byte]).buffer, unusedBits: unused });
}

const DIGITAL_SIGNATURE = 0x80;
const KEY_CERT_SIGN = 0x04;
const CRL_SIGN = 0x02;

async function subjectKeyId(publicKey: webcrypto.CryptoKey): Promise<ArrayBuffer> {
  const raw = await subtle.exportKey('raw', publicKey);
  return subtle.digest('SHA-1', raw);
}

async function build(options: {
  subject: pkijs.RelativeDistinguishedNames;
  issuer: pkijs.RelativeDistinguishedNames;
  notBefore: number;
  notAfter: number;
  publicKey: webcrypto.CryptoKey;
  signingKey: webcrypto.CryptoKey;
  extensions: pkijs.Extension[];
}): Promise<Buffer> {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = serial();
  cert.subject = options.subject;
  cert.issuer = options.issuer;
  cert.notBefore.value = new Date(options.notBefore);
  cert.notAfter.value = new Date(options.notAfter);
  cert.extensions = options.extensions;
  await cert.subjectPublicKeyInfo.importKey(options.publicKey as unknown as PkiKey, engine);
  await cert.sign(options.signingKey as unknown as PkiKey, 'SHA-256', engine);
  return Buffer.from(cert.toSchema(true).toBER(false));
}

/**
 * Makes a school CA: basicConstraints CA with path length 0 (it signs leaves only),
 * keyCertSign + cRLSign, valid from an hour ago (clock skew) for `years`.
 */
export async function createCertificateAuthority(options: { commonName: string; organisation: string; now: number; years?: number }): Promise<CertificateAuthority> {
  const keys = await subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const subject = name(options.commonName, options.organisation);
  const notBefore = options.now - 3600_000;
  const notAfter = options.now + (options.years ?? 5) * 365 * 86400_000;
  const ski = await subjectKeyId(keys.publicKey);
  const der = await build({
    subject,
    issuer: subject,
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    extensions: [
      extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: true, pathLenConstraint: 0 })),
      extension('2.5.29.15', true, keyUsage(KEY_CERT_SIGN | CRL_SIGN)),
      extension('2.5.29.14', false, new asn1js.OctetString({ valueHex: ski })),
    ],
  });
  const key = Buffer.from(await subtle.exportKey('pkcs8', keys.privateKey));
  return { certPem: pem('CERTIFICATE', der), keyPem: pem('PRIVATE KEY', key), subject: `O=${options.organisation}, CN=${options.commonName}`, fingerprint: fingerprintOf(der), notBefore, notAfter };
}

/** A CA loaded for signing: its parsed name and the imported key. */
export interface LoadedAuthority {
  readonly ca: CertificateAuthority;
  readonly subject: pkijs.RelativeDistinguishedNames;
  readonly signingKey: webcrypto.CryptoKey;
  readonly keyId: ArrayBuffer;
}

/** Imports a CA's certificate and key for {@link mintLeaf}. */
export async function loadAuthority(ca: CertificateAuthority): Promise<LoadedAuthority> {
  const der = pemToDer(ca.certPem);
  const cert = pkijs.Certificate.fromBER(der);
  const pkcs8 = createPrivateKey(ca.keyPem).export({ type: 'pkcs8', format: 'der' });
  const signingKey = await subtle.importKey('pkcs8', pkcs8, KEY_ALGORITHM, false, ['sign']);
  const publicKey = await subtle.importKey('spki', cert.subjectPublicKeyInfo.toSchema().toBER(false), KEY_ALGORITHM, true, ['verify']);
  return { ca, subject: cert.subject, signingKey, keyId: await subjectKeyId(publicKey) };
}

/**
 * A leaf for one host (or IP address): serverAuth, the host as the only subject alternative
 * name, valid from an hour ago for 30 days (and never past the CA).
 */
export async function mintLeaf(authority: LoadedAuthority, host: string, now: number): Promise<KeyPairPem> {
  const keys = await subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const altName = isIP(host) === 0
    ? new pkijs.GeneralName({ type: 2, value: host })
    : new pkijs.GeneralName({ type: 7, value: new asn1js.OctetString({ valueHex: ipBytes(host) }) });
  const der = await build({
    subject: name(host.slice(0, 64)),
    issuer: authority.subject,
    notBefore: now - 3600_000,
    notAfter: Math.min(now + 30 * 86400_000, authority.ca.notAfter),
    publicKey: keys.publicKey,
    signingKey: authority.signingKey,
    extensions: [
      extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: false })),
      extension('2.5.29.15', true, keyUsage(DIGITAL_SIGNATURE)),
      extension('2.5.29.37', false, new pkijs.ExtKeyUsage({ keyPurposes: ['1.3.6.1.5.5.7.3.1'] })),
      extension('2.5.29.17', false, new pkijs.AltName({ altNames: [altName] })),
      extension('2.5.29.35', false, new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: authority.keyId }) })),
    ],
  });
  const key = Buffer.from(await subtle.exportKey('pkcs8', keys.privateKey));
  return { certPem: pem('CERTIFICATE', der), keyPem: pem('PRIVATE KEY', key) };
}

function ipBytes(address: string): ArrayBuffer {
  if (isIP(address) === 4) return new Uint8Array(address.split('.').map(Number)).buffer;
  const parts = address.split('::');
  const head = parts[0] === '' || parts[0] === undefined ? [] : parts[0].split(':');
  const tail = parts[1] === undefined || parts[1] === '' ? [] : parts[1].split(':');
  const groups = [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const v = parseInt(g, 16);
    out[i * 2] = v >> 8;
    out[i * 2 + 1] = v & 255;
  });
  return out.buffer;
}
