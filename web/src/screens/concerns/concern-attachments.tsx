import { useState } from 'react';
import { NUDE_IMAGES } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import type { AttachmentBody } from '../../types.ts';
import { Checkbox } from '../../ui/form.tsx';
import { formatDateTime, formatSize } from '../../ui/format.ts';
import { Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary } from '../../ui/problem.tsx';
import type { PanelProps } from './panel-props.ts';

const MAX_FILE = 7 * 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Evidence on a concern. Nothing is shown inline: every file is a download. Withheld images
 * (nude or semi-nude, R5) are listed as held by the DSL; only the DSL team may reveal one, on
 * purpose, with a warning, and the server audits it.
 */
export function AttachmentsPanel({ concern, full, onChanged }: PanelProps) {
  const api = useApi();
  const { can } = useSignedIn();
  const dslTeam = can('concerns:triage');
  const [file, setFile] = useState<File | null>(null);
  const [withheld, setWithheld] = useState(concern.category === NUDE_IMAGES);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const upload = async () => {
    if (!file) return;
    if (file.size > MAX_FILE) return setError(new Error(`${file.name} is larger than 7 MB.`));
    setBusy(true);
    setError(null);
    try {
      const body: AttachmentBody = { filename: file.name, contentType: file.type || 'application/octet-stream', contentBase64: await toBase64(file), ...(dslTeam && withheld ? { withheldImage: true } : {}) };
      await concerns.addAttachment(api, concern.id, body);
      setFile(null);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title="Evidence" id="evidence">
      <ErrorSummary error={error} />
      {full.attachments.length === 0 ? (
        <p>No files attached.</p>
      ) : (
        <TableWrap label="Files on this concern">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Size</th>
                <th scope="col">Added</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {full.attachments.map((a) => (
                <tr key={a.id}>
                  <td>{a.withheld ? <Tag tone="danger">Image withheld — held by the DSL</Tag> : (a.filename ?? 'File')}</td>
                  <td>{formatSize(a.size)}</td>
                  <td>{formatDateTime(a.createdAt)}</td>
                  <td>
                    {!a.withheld ? (
                      <a href={concerns.attachmentUrl(concern.id, a.id, false)} download>
                        Download {a.filename ?? 'file'}
                      </a>
                    ) : a.mayView ? (
                      <details>
                        <summary>Reveal (DSL team only)</summary>
                        <p className="hint">This downloads the image. View it only if you must to safeguard the child, never copy or share it; the download is audited.</p>
                        <a href={concerns.attachmentUrl(concern.id, a.id, true)} download>
                          Download the withheld image
                        </a>
                      </details>
                    ) : (
                      'Not available to you'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {concern.status !== 'closed' ? (
        <details className="details">
          <summary>Add a file</summary>
          {concern.category === NUDE_IMAGES && !dslTeam ? (
            <p className="hint">Do not upload nude or semi-nude images of a child: secure the device and take it to the DSL.</p>
          ) : null}
          <div className="field">
            <label className="label" htmlFor="attachment-file">
              File (up to 7 MB)
            </label>
            <input id="attachment-file" className="file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          {dslTeam ? <Checkbox label="This is a nude or semi-nude image (withhold it from everyone outside the DSL team)" checked={withheld} onChange={(e) => setWithheld(e.target.checked)} /> : null}
          <button type="button" className="button button-secondary" disabled={!file || busy} onClick={() => void upload()}>
            {busy ? 'Uploading…' : 'Upload'}
          </button>
        </details>
      ) : null}
    </Section>
  );
}
