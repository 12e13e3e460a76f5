/**
 * A printable document as data: the child-protection file and the governor report are built
 * as a list of blocks once, then drawn by {@link renderHtml} and {@link renderPdf}, so the HTML
 * and the PDF always say the same thing.
 */
export type Block =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string; level: 2 | 3; pageBreak?: boolean }
  | { type: 'text'; text: string; style?: 'plain' | 'muted' | 'withheld' | 'quote' | 'confidential' }
  | { type: 'fields'; rows: readonly (readonly [string, string])[] }
  | { type: 'table'; head: readonly string[]; rows: readonly (readonly string[])[]; widths: readonly number[] }
  | { type: 'image'; format: 'png' | 'jpeg'; content: Buffer; caption: string }
  | { type: 'bars'; caption: string; rows: readonly { label: string; value: number | null; note?: string }[] }
  | { type: 'cover'; blocks: readonly Block[] };

/** A whole document: what prints on every page, and its blocks in order. */
export interface PrintDocument {
  title: string;
  /** The line at the foot of every page, with the page number. */
  footer: string;
  /** PDF metadata: who made it. */
  author: string;
  blocks: Block[];
}

/** The confidentiality line every safeguarding document carries on every page. */
export const CONFIDENTIAL = 'Confidential — safeguarding';
