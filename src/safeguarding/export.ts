import { loadChildFile } from './child-file.ts';
import type { SafeguardingDeps } from './deps.ts';
import { childFileDocument } from './render/child-file-doc.ts';
import { renderHtml } from './render/html-kit.ts';
import { renderPdf } from './render/pdf-kit.ts';
import type { Viewer } from './viewer.ts';

/** The formats a printable document comes in. */
export const documentFormats = ['html', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** A rendered document, ready to send or write. */
export interface RenderedDocument {
  /** A file name without anyone's name in it (downloads folders are not private). */
  filename: string;
  contentType: string;
  body: Buffer;
}

/** Renders a print document in the format asked for. */
export async function renderDocument(doc: Parameters<typeof renderHtml>[0], format: DocumentFormat, basename: string): Promise<RenderedDocument> {
  if (format === 'pdf') return { filename: `${basename}.pdf`, contentType: 'application/pdf', body: await renderPdf(doc) };
  return { filename: `${basename}.html`, contentType: 'text/html; charset=utf-8', body: Buffer.from(renderHtml(doc)) };
}

/**
 * A learner's printable child-protection file (issue 7, item 9) for the DSL team: cover,
 * chronology and every concern in full, as self-contained HTML or a PDF made with pdfkit. The
 * export is audited (ids only) before the document leaves.
 */
export async function exportChildFile(deps: SafeguardingDeps, viewer: Viewer, personId: string, format: DocumentFormat): Promise<RenderedDocument> {
  const file = await loadChildFile(deps, viewer, personId, { embedImages: true });
  const rendered = await renderDocument(childFileDocument(file, { purpose: 'export' }), format, `child-protection-file-${personId}`);
  await deps.audit.append({
    actor: viewer.actor,
    ip: viewer.actor.ip ?? null,
    action: 'safeguarding.file.exported',
    subject: { type: 'person', id: personId },
    schoolId: file.school.id,
    details: {
      format,
      concerns: file.concerns.map((c) => c.view.id),
      picturesPrinted: file.concerns.flatMap((c) => [...c.images.keys()]),
      withheldListed: file.concerns.reduce((n, c) => n + c.view.full.attachments.filter((a) => a.withheld).length, 0),
      bytes: rendered.body.length,
    },
  });
  return rendered;
}
