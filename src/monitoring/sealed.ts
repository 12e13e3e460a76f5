import { type MasterKey, seal, unseal } from '../platform/crypto.ts';

/**
 * Sealing for monitoring columns, as safeguarding does it: AES-256-GCM under the master key,
 * with `<table>:<row id>:<column>` as additional data so a sealed value moved to another row
 * or column fails to open.
 */
export function sealAt(key: MasterKey, table: string, id: string, column: string, text: string): string {
  return seal(key, text, `${table}:${id}:${column}`);
}

/** Seals text that may be absent (null or empty stays null). */
export function sealOptionalAt(key: MasterKey, table: string, id: string, column: string, text: string | null | undefined): string | null {
  return text === null || text === undefined || text === '' ? null : sealAt(key, table, id, column, text);
}

/** Opens a sealed column (null stays null). */
export function openAt(key: MasterKey, table: string, id: string, column: string, sealed: string | null): string | null {
  return sealed === null ? null : unseal(key, sealed, `${table}:${id}:${column}`);
}
