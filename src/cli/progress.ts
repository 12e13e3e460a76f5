/**
 * A progress bar on standard error for long commands (list imports). On a terminal it redraws
 * one line in place a few times a second; into a file or pipe it writes a plain line at each
 * tenth of the work (and at most every two seconds), so logs stay readable.
 */
import type { CliIo } from './context.ts';

/** A running progress report; call `finish` once the work is done. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** Starts a progress report labelled `label`, measured in bytes. */
export function createProgress(io: CliIo, label: string, now: () => number = Date.now): Progress {
  const tty = io.errIsTty === true && io.errRaw !== undefined;
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let drawn = false;
  const started = now();
  return {
    update(done, total) {
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const t = now();
      if (tty) {
        if (t - lastDraw < 100 && fraction < 1) return;
        lastDraw = t;
        const filled = Math.round(fraction * WIDTH);
        io.errRaw?.(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${megabytes(done)} of ${megabytes(total)}`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth === lastTenth || (t - lastDraw < 2000 && tenth < 10 && lastTenth >= 0)) return;
      lastTenth = tenth;
      lastDraw = t;
      io.err(`${label}: ${tenth * 10}% (${megabytes(done)} of ${megabytes(total)})`);
    },
    finish() {
      const seconds = ((now() - started) / 1000).toFixed(1);
      if (tty && drawn) io.errRaw?.(`\r\u001b[K${label}: read in ${seconds} s\n`);
      else io.err(`${label}: read in ${seconds} s`);
    },
  };
}
