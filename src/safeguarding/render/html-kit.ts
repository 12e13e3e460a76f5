import type { Block, PrintDocument } from './document.ts';

/** Helpers for Haven's printable HTML documents: escaping, dates in UK time, the page shell. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values: every value printed goes through this. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Escapes text and keeps its line breaks. */
export function escLines(value: string | null | undefined): string {
  return esc(value).replace(/\r?\n/g, '<br>');
}

/** The content security policy for a printable document: no scripts, no network, pictures inline only. */
export const DOCUMENT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/**
 * A self-contained printable page: print CSS with page numbers in the page margin, and the
 * confidentiality line as a fixed footer, which browsers repeat on every printed page.
 */
export function htmlDocument(d: { title: string; footer: string; body: string }): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.title)}</title>
<style>
  @page { size: A4; margin: 18mm 15mm 22mm 15mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #444; } }
  html { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; }
  body { margin: 0 auto; max-width: 190mm; padding: 0 4mm 16mm; }
  h1 { font-size: 20pt; margin: 0 0 4mm; } h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; }
  h3 { font-size: 11.5pt; margin: 5mm 0 2mm; } p { margin: 1mm 0 2mm; }
  table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; }
  th, td { border: 1px solid #bbb; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
  th { background: #eee; } tr { page-break-inside: avoid; } thead { display: table-header-group; }
  dl { display: grid; grid-template-columns: 45mm 1fr; gap: 1mm 4mm; margin: 2mm 0 4mm; } dt { font-weight: 600; } dd { margin: 0; }
  .cover { page-break-after: always; border: 2px solid #111; padding: 10mm; margin-top: 10mm; }
  .confidential { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #900; }
  .concern { page-break-before: always; } .muted { color: #555; } .withheld { font-style: italic; color: #700; }
  .text { white-space: normal; border-left: 3px solid #ccc; padding-left: 3mm; margin: 1mm 0 3mm; }
  img.evidence { max-width: 100%; max-height: 120mm; border: 1px solid #999; margin: 2mm 0; }
  .bar { fill: #2f5d8a; } .chart text { font: 9px system-ui, sans-serif; fill: #111; }
  footer.running { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 8.5pt; color: #900; background: #fff; padding: 1mm 0; }
  @media screen { footer.running { position: static; margin-top: 10mm; border-top: 1px solid #ccc; } }
</style>
</head>
<body>
${d.body}
<footer class="running">${esc(d.footer)}</footer>
</body>
</html>
`;
}

function barsSvg(rows: readonly { label: string; value: number | null; note?: string }[], caption: string): string {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const rowH = 18;
  const labelW = 210;
  const barW = 380;
  const height = rows.length * rowH + 6;
  const bars = rows
    .map((r, i) => {
      const y = i * rowH + 3;
      const w = r.value === null ? 0 : Math.max(1, Math.round((r.value / max) * barW));
      const shown = r.value === null ? 'fewer than 3' : String(r.value);
      return `<text x="0" y="${y + 12}">${esc(r.label)}</text><rect class="bar" x="${labelW}" y="${y}" width="${w}" height="${rowH - 5}"></rect><text x="${labelW + w + 4}" y="${y + 12}">${esc(shown)}${r.note ? ` ${esc(r.note)}` : ''}</text>`;
    })
    .join('');
  return `<figure><svg class="chart" role="img" aria-label="${esc(caption)}" width="100%" viewBox="0 0 ${labelW + barW + 110} ${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg><figcaption class="muted">${esc(caption)}</figcaption></figure>`;
}

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'heading':
      return b.level === 2 ? `<h2${b.pageBreak ? ' class="concern"' : ''}>${esc(b.text)}</h2>` : `<h3>${esc(b.text)}</h3>`;
    case 'text':
      return b.style === 'quote' ? `<div class="text">${escLines(b.text)}</div>` : `<p${b.style && b.style !== 'plain' ? ` class="${b.style}"` : ''}>${escLines(b.text)}</p>`;
    case 'fields':
      return `<dl>${b.rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${escLines(v)}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table><thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escLines(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'image':
      return `<figure><img class="evidence" alt="${esc(b.caption)}" src="data:image/${b.format};base64,${b.content.toString('base64')}"><figcaption class="muted">${esc(b.caption)}</figcaption></figure>`;
    case 'bars':
      return barsSvg(b.rows, b.caption);
    case 'cover':
      return `<section class="cover">${b.blocks.map(blockHtml).join('\n')}</section>`;
  }
}

/** Draws a {@link PrintDocument} as one self-contained HTML page; every value is escaped. */
export function renderHtml(doc: PrintDocument): string {
  return htmlDocument({ title: doc.title, footer: doc.footer, body: doc.blocks.map(blockHtml).join('\n') });
}
