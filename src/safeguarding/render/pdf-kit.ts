import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Block, PrintDocument } from './document.ts';

/**
 * Draws a {@link PrintDocument} as a PDF with pdfkit (never a browser on the school's server):
 * A4, page numbers and the confidentiality line on every page, tables that repeat their header
 * when they run onto a new page.
 */

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = { top: 50, bottom: 60, left: 45, right: 45 };

/**
 * Fonts with wide coverage where the system has them, so names in any European script print as
 * written; otherwise the PDF's built-in Helvetica, with text folded to the characters it has.
 */
const UNICODE_FONTS: readonly (readonly [string, string])[] = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf'],
  ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
];

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const FOLD: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ø: 'O', ø: 'o', ı: 'i', Ħ: 'H', ħ: 'h', '≥': '>=', '≤': '<=', '−': '-', '→': '->' };

/** Folds text to what Helvetica can show: accents kept where it has them, otherwise dropped. */
export function toWinAnsi(text: string): string {
  return text.normalize('NFC').replace(/[^\n\x20-\x7e\xa0-\xff]/gu, (ch) => {
    if (WIN_ANSI_EXTRA.includes(ch)) return ch;
    if (ch === '\t') return ' ';
    const folded = FOLD[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
    return /^[\x20-\x7e\xa0-\xff]+$/.test(folded) ? folded : '?';
  });
}

interface Pen {
  doc: Doc;
  clean: (s: string) => string;
  width: number;
  bottom: number;
}

function ensureSpace(p: Pen, height: number): void {
  if (p.doc.y + height > p.bottom) p.doc.addPage();
}

function write(p: Pen, text: string, o: { font?: 'body' | 'bold'; size?: number; color?: string; gap?: number; x?: number; width?: number } = {}): void {
  const { doc } = p;
  doc.font(o.font ?? 'body').fontSize(o.size ?? 10).fillColor(o.color ?? '#111111');
  doc.text(p.clean(text), o.x ?? MARGIN.left, doc.y, { width: o.width ?? p.width });
  doc.y += o.gap ?? 3;
}

function fields(p: Pen, rows: readonly (readonly [string, string])[]): void {
  const { doc } = p;
  const labelW = 130;
  for (const [k, v] of rows) {
    const value = p.clean(v || ' ');
    doc.font('body').fontSize(9.5);
    ensureSpace(p, Math.min(Math.max(doc.heightOfString(value, { width: p.width - labelW }), 12), 60));
    const y = doc.y;
    const pages = doc.bufferedPageRange().count;
    doc.font('bold').fillColor('#111111').text(p.clean(k), MARGIN.left, y, { width: labelW - 8 });
    const labelEnd = doc.y;
    doc.font('body').text(value, MARGIN.left + labelW, y, { width: p.width - labelW });
    // A long value may run onto the next page: then the pen is already below it there.
    if (doc.bufferedPageRange().count === pages) doc.y = Math.max(doc.y, labelEnd);
    doc.y += 2;
  }
  doc.y += 4;
}

function table(p: Pen, head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): void {
  const { doc } = p;
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const cols = widths.map((w) => (w / total) * p.width);
  const pad = 3;
  const maxRow = p.bottom - MARGIN.top - 40;
  const measure = (cells: readonly string[], font: 'body' | 'bold') =>
    Math.max(...cells.map((c, i) => doc.font(font).fontSize(8.5).heightOfString(p.clean(c || ' '), { width: (cols[i] ?? 40) - 2 * pad })), 10) + 2 * pad;
  const drawRow = (cells: readonly string[], font: 'body' | 'bold', fill: string | null) => {
    const h = Math.min(measure(cells, font), maxRow);
    const y = doc.y;
    let x = MARGIN.left;
    cells.forEach((c, i) => {
      const w = cols[i] ?? 40;
      if (fill) doc.rect(x, y, w, h).fill(fill);
      doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#999999').stroke();
      doc.font(font).fontSize(8.5).fillColor('#111111').text(p.clean(c || ' '), x + pad, y + pad, { width: w - 2 * pad, height: h - 2 * pad, ellipsis: true });
      x += w;
    });
    doc.y = y + h;
  };
  ensureSpace(p, measure(head, 'bold') + 24);
  drawRow(head, 'bold', '#eeeeee');
  for (const r of rows) {
    const h = Math.min(measure(r, 'body'), maxRow);
    if (doc.y + h > p.bottom) {
      doc.addPage();
      drawRow(head, 'bold', '#eeeeee');
    }
    drawRow(r, 'body', null);
  }
  doc.x = MARGIN.left;
  doc.y += 8;
}

function bars(p: Pen, rows: readonly { label: string; value: number | null; note?: string }[], caption: string): void {
  const { doc } = p;
  const labelW = 170;
  const barMax = p.width - labelW - 90;
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  ensureSpace(p, Math.min(rows.length * 15 + 20, 110));
  for (const r of rows) {
    ensureSpace(p, 16);
    const y = doc.y;
    const w = r.value === null ? 0 : Math.max(1, (r.value / max) * barMax);
    doc.font('body').fontSize(8.5).fillColor('#111111').text(p.clean(r.label), MARGIN.left, y + 2, { width: labelW - 6, height: 12, ellipsis: true });
    if (w > 0) doc.rect(MARGIN.left + labelW, y + 1, w, 11).fill('#2f5d8a');
    const shown = `${r.value === null ? 'fewer than 3' : r.value}${r.note ? ` ${r.note}` : ''}`;
    doc.fillColor('#111111').text(p.clean(shown), MARGIN.left + labelW + w + 4, y + 2, { width: 120, lineBreak: false });
    doc.y = y + 15;
  }
  doc.y += 2;
  write(p, caption, { size: 8, color: '#555555', gap: 8 });
}

function image(p: Pen, format: 'png' | 'jpeg', content: Buffer, caption: string): void {
  const maxH = 300;
  ensureSpace(p, maxH + 20);
  try {
    p.doc.image(content, MARGIN.left, p.doc.y, { fit: [p.width, maxH] });
    p.doc.y += maxH + 4;
  } catch {
    write(p, `(the ${format.toUpperCase()} picture could not be printed: see the attachment)`, { size: 9, color: '#700000' });
  }
  write(p, caption, { size: 8, color: '#555555', gap: 8 });
}

function draw(p: Pen, b: Block): void {
  const { doc } = p;
  doc.x = MARGIN.left;
  switch (b.type) {
    case 'title':
      write(p, b.text, { font: 'bold', size: 20, gap: 10 });
      return;
    case 'heading':
      if (b.pageBreak && doc.y > MARGIN.top + 1) doc.addPage();
      // Keep a heading with the start of what follows it.
      ensureSpace(p, b.level === 2 ? 130 : 80);
      doc.y += b.level === 2 ? 6 : 4;
      write(p, b.text, { font: 'bold', size: b.level === 2 ? 14 : 11.5, gap: b.level === 2 ? 6 : 3 });
      if (b.level === 2) doc.moveTo(MARGIN.left, doc.y - 3).lineTo(MARGIN.left + p.width, doc.y - 3).lineWidth(0.7).strokeColor('#999999').stroke();
      return;
    case 'text': {
      const style = b.style ?? 'plain';
      const color = style === 'muted' ? '#555555' : style === 'withheld' || style === 'confidential' ? '#990000' : '#111111';
      ensureSpace(p, 24);
      if (style === 'quote') {
        const top = doc.y;
        write(p, b.text, { x: MARGIN.left + 10, width: p.width - 10, gap: 6 });
        if (doc.y > top) doc.moveTo(MARGIN.left + 2, top).lineTo(MARGIN.left + 2, doc.y - 6).lineWidth(2).strokeColor('#cccccc').stroke();
        return;
      }
      write(p, b.text, { font: style === 'confidential' ? 'bold' : 'body', color, size: style === 'confidential' ? 12 : 10, gap: 5 });
      return;
    }
    case 'fields':
      fields(p, b.rows);
      return;
    case 'table':
      table(p, b.head, b.rows, b.widths);
      return;
    case 'image':
      image(p, b.format, b.content, b.caption);
      return;
    case 'bars':
      bars(p, b.rows, b.caption);
      return;
    case 'cover': {
      const top = doc.y;
      doc.y += 14;
      for (const inner of b.blocks) {
        doc.x = MARGIN.left + 14;
        draw({ ...p, width: p.width - 28 }, inner);
      }
      doc.rect(MARGIN.left, top, p.width, doc.y - top + 10).lineWidth(2).strokeColor('#111111').stroke();
      doc.addPage();
      return;
    }
  }
}

/** Renders the document to PDF bytes in memory (nothing is written to disk). */
export async function renderPdf(d: PrintDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, info: { Title: d.title, Author: d.author, Subject: d.footer, Creator: 'Haven' }, lang: 'en-GB' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', (err: Error) => reject(err));
  });
  const font = UNICODE_FONTS.find(([regular, bold]) => existsSync(regular) && existsSync(bold));
  doc.registerFont('body', font ? font[0] : 'Helvetica');
  doc.registerFont('bold', font ? font[1] : 'Helvetica-Bold');
  const pen: Pen = { doc, clean: font ? (s) => s.replace(/\t/g, ' ') : toWinAnsi, width: doc.page.width - MARGIN.left - MARGIN.right, bottom: doc.page.height - MARGIN.bottom };
  for (const b of d.blocks) draw(pen, b);

  // Footers last, once the page count is known. Writing below the bottom margin would make
  // pdfkit start a new page, so the margin is lifted while the footer is drawn.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 38;
    doc.moveTo(MARGIN.left, y - 6).lineTo(doc.page.width - MARGIN.right, y - 6).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.font('bold').fontSize(8).fillColor('#990000').text(pen.clean(d.footer), MARGIN.left, y, { width: pen.width * 0.7, lineBreak: false });
    doc.font('body').fontSize(8).fillColor('#333333').text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN.left, y, { width: pen.width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
