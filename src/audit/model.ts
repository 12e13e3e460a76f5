/** Who acted: a signed-in account, an API token, the CLI on the server, the system itself, or nobody signed in. */
export const actorTypes = ['account', 'token', 'cli', 'system', 'anonymous'] as const;
export type ActorType = (typeof actorTypes)[number];

export interface AuditActor {
  type: ActorType;
  /** Account id for `account`, `token` (the token's owner) and `cli` when known. */
  id?: string | null;
}

/**
 * Metadata only: ids, codes, counts, flags. Never personal free text (names, notes, search
 * terms), so a subject's data can be erased while the chain stays whole.
 */
export type AuditDetailValue = string | number | boolean | null | readonly (string | number)[];
export type AuditDetails = Record<string, AuditDetailValue>;

/** One thing that happened, as a capability reports it. */
export interface AuditEntryInput {
  actor: AuditActor;
  /** Dotted action code: `identity.account.created`, `safeguarding.concern.read`. */
  action: string;
  subject?: { type: string; id: string } | null;
  schoolId?: string | null;
  ip?: string | null;
  details?: AuditDetails;
}

/** A stored entry. */
export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actor: AuditActor;
  action: string;
  subject: { type: string; id: string } | null;
  schoolId: string | null;
  ip: string | null;
  details: AuditDetails;
  prevHash: string;
  hash: string;
}

/** The outcome of checking the chain end to end. */
export type AuditVerification =
  | { ok: true; entries: number; headSeq: number }
  | { ok: false; entries: number; firstBroken: { seq: number; id: string | null; reason: string } };
