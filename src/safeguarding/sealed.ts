import { seal, unseal } from '../platform/crypto.ts';
import type { MasterKey } from '../platform/crypto.ts';

/**
 * Sealing for safeguarding columns: the additional data `<table>:<row id>:<column>` binds each
 * ciphertext to its place, so a sealed value copied to another row or column fails to open.
 */
export function sealText(key: MasterKey, place: string, text: string): string {
  return seal(key, text, place);
}

/** Seals text that may be absent. */
export function sealOptional(key: MasterKey, place: string, text: string | null | undefined): string | null {
  return text === null || text === undefined || text === '' ? null : seal(key, text, place);
}

/** Opens a sealed column (null stays null). */
export function openText(key: MasterKey, place: string, sealed: string | null): string | null {
  return sealed === null ? null : unseal(key, sealed, place);
}

/** Seals a JSON value. */
export function sealJson(key: MasterKey, place: string, value: unknown): string {
  return seal(key, JSON.stringify(value), place);
}

/** Opens a sealed JSON value; the shape is ours, written by {@link sealJson}. */
export function openJson<T>(key: MasterKey, place: string, sealed: string): T {
  return JSON.parse(unseal(key, sealed, place)) as T;
}

/** The additional data for a column of a row. */
export function placeOf(table: string, id: string, column: string): string {
  return `${table}:${id}:${column}`;
}
