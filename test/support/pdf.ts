import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Checks on PDFs made by Haven, with poppler's command-line tools (`apt-get install
 * poppler-utils`; CI installs it): the page as an image, and the text a reader would find.
 */

function withTemp<T>(pdf: Buffer, fn: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'haven-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return fn(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders one page to a PNG with pdftoppm. */
export function pdfPageToPng(pdf: Buffer, page = 1, dpi = 60): Buffer {
  return withTemp(pdf, (dir, file) => {
    execFileSync('pdftoppm', ['-png', '-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/** The text of the whole PDF (or one page), with pdftotext. */
export function pdfText(pdf: Buffer, page?: number): string {
  return withTemp(pdf, (_dir, file) => execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']).toString('utf8'));
}

/** Page count, from pdfinfo. */
export function pdfPages(pdf: Buffer): number {
  return withTemp(pdf, (_dir, file) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1] ?? 0));
}

/**
 * The share of dark pixels (below mid-grey) in an 8-bit PNG: 0 for a blank page. A small
 * decoder (IHDR, IDAT, the five row filters; grey or RGB, with or without alpha) so the check
 * needs no image library.
 */
export function darkFraction(png: Buffer): number {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const colourType = data[9];
      channels = colourType === 0 ? 1 : colourType === 2 ? 3 : colourType === 4 ? 2 : colourType === 6 ? 4 : 0;
      if (data[8] !== 8 || channels === 0 || data[12] !== 0) throw new Error('expected an 8-bit, non-interlaced PNG without a palette');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let prev = Buffer.alloc(stride);
  let dark = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (line[i - channels] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const add = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter] ?? 0;
      line[i] = ((line[i] ?? 0) + add) & 255;
    }
    for (let x = 0; x < width; x++) {
      const grey = channels >= 3 ? ((line[x * channels] ?? 0) + (line[x * channels + 1] ?? 0) + (line[x * channels + 2] ?? 0)) / 3 : (line[x * channels] ?? 255);
      if (grey < 128) dark += 1;
    }
    prev = line;
  }
  return dark / (width * height);
}
