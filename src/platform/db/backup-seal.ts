import type { FileHandle } from 'node:fs/promises';
import type { MasterKey } from '../crypto.ts';
import { fileSource, FRAME_BYTES, openStream, type SealedFormat, sealStream } from '../sealed-stream.ts';

/**
 * The encrypted envelope of a backup file: the streamed format of {@link sealStream}
 * (`HAVEN-BACKUP-1`, 1 MiB AES-256-GCM frames under a per-file key derived by HKDF from the
 * master key), so memory stays bounded whatever the size of the database.
 */
export const BACKUP_FORMAT: SealedFormat = {
  family: 'HAVEN-BACKUP-',
  version: 1,
  info: 'haven backup v1',
  noun: 'a Haven backup',
  newerHint: 'upgrade Haven to restore it',
  keyNoun: 'master key',
  givenKey: "this Haven's key is",
  codes: { notOurs: 'backup.not_a_backup', newer: 'backup.newer_version', wrongKey: 'backup.wrong_key', damaged: 'backup.damaged', unreadable: 'backup.unreadable' },
};

/**
 * Seals a byte stream into a backup file through an open handle; returns the bytes written.
 * `frameBytes` is smaller only in tests, to exercise many frames.
 */
export async function writeSealed(fh: FileHandle, key: MasterKey, source: AsyncIterable<Buffer>, frameBytes = FRAME_BYTES): Promise<number> {
  const write = async (data: Buffer) => {
    for (let offset = 0; offset < data.length; ) {
      const { bytesWritten } = await fh.write(data, offset, data.length - offset, null);
      offset += bytesWritten;
    }
  };
  return sealStream(write, key, source, BACKUP_FORMAT, frameBytes);
}

/**
 * Reads a backup file frame by frame, yielding each frame's plaintext only once it has been
 * authenticated. Throws `backup.not_a_backup`, `backup.newer_version`, `backup.wrong_key`
 * or `backup.damaged` (altered, truncated, or with bytes after the last frame).
 */
export async function* readSealed(path: string, key: MasterKey): AsyncGenerator<Buffer> {
  yield* openStream(await fileSource(path, BACKUP_FORMAT), key, BACKUP_FORMAT, path);
}
