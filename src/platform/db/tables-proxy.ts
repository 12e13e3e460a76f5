import type { Timestamp } from './tables.ts';

// The web proxy's school CA (migration 0008).

export interface ProxyAuthorityTable {
  id: string;
  organisation_id: string;
  subject: string;
  /** SHA-256 of the DER certificate, `AB:CD:…`. */
  fingerprint: string;
  cert_pem: string;
  /** PKCS #8 PEM, AES-256-GCM sealed with the master key. */
  key_sealed: string;
  not_before: Timestamp;
  not_after: Timestamp;
  created_at: Timestamp;
  created_by: string | null;
  retired_at: Timestamp | null;
}
