import { describeEntry, type EntryLine } from '../../../../src/safeguarding/core/describe-entry.ts';
import { AGENCY_LABELS, DECISION_LABELS } from '../../../../src/safeguarding/core/labels.ts';
import { concerns } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi, useSignedIn } from '../../session.tsx';
import type { Chronology, Concern } from '../../types.ts';
import { formatDateTime, labelFor } from '../../ui/format.ts';
import { Page, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { categoryLabel } from './labels.tsx';

interface Line extends EntryLine {
  at: string;
  concernId: string;
  reference: string;
  by: string;
}

/** One-line descriptions of what timeline entries point at (as the printed file words them). */
function refsOf(list: readonly Concern[]): Map<string, string> {
  const refs = new Map<string, string>();
  for (const c of list) {
    const f = c.full;
    if (!f) continue;
    for (const p of c.people ?? []) refs.set(p.id, p.name);
    for (const a of f.actions) refs.set(a.id, a.description ? `${a.label}: ${a.description}` : a.label);
    for (const n of f.notes) refs.set(n.id, n.body);
    for (const n of f.feedback) refs.set(n.id, `To ${n.audience ?? 'someone'}: ${n.body}`);
    for (const r of f.referrals) refs.set(r.id, `${labelFor(AGENCY_LABELS, r.agency)}${r.reference ? `, reference ${r.reference}` : ''}${r.note ? ` — ${r.note}` : ''}`);
    for (const a of f.attachments) refs.set(a.id, a.withheld ? 'Image withheld — held by the DSL' : `${a.filename ?? 'attachment'} (${a.contentType})`);
    for (const e of f.events) refs.set(e.id, `${e.source} event${e.summary ? `: ${e.summary}` : ''}`);
    for (const r of f.records) refs.set(r.id, `${r.counterpart}: ${r.reason}`);
    for (const i of f.investigations) refs.set(i.id, `${i.device} — ${labelFor(DECISION_LABELS, i.decision)}`);
  }
  return refs;
}

/** The chronology in words, one line per entry, with the concerns it draws on. */
async function loadLines(api: ReturnType<typeof useApi>, personId: string, me: string): Promise<{ chronology: Chronology; lines: Line[] }> {
  const chronology = await concerns.chronology(api, personId);
  const ids = [...new Set(chronology.entries.map((e) => e.concernId))];
  const [details, categories] = await Promise.all([Promise.all(ids.map((id) => concerns.get(api, id))), concerns.categories(api).then((r) => r.categories)]);
  const byId = new Map(details.map((c) => [c.id, c]));
  const refs = refsOf(details);
  const actionStatus = new Map(details.flatMap((c) => (c.full?.actions ?? []).map((a) => [a.id, a.status] as const)));
  const lines = chronology.entries.map((e): Line => {
    const described = describeEntry(e, {
      concernSummary: byId.get(e.concernId)?.summary ?? '',
      categoryLabel: (code) => categoryLabel(categories, code),
      ref: (id) => refs.get(id),
      account: (id) => (id === me ? 'you' : undefined),
      actionStatus: (id) => actionStatus.get(id),
    });
    return { ...described, at: e.at, concernId: e.concernId, reference: e.reference, by: e.actorAccountId === me ? 'You' : e.actorAccountId ? 'A colleague' : 'Haven' };
  });
  return { chronology, lines };
}

/**
 * A learner's chronology (R2): everything on every concern they are on, in time order, for the
 * DSL team. The printable child-protection file (PDF or HTML) is one click away.
 */
export function ChronologyScreen({ personId }: { personId: string }) {
  const api = useApi();
  const { session } = useSignedIn();
  const loaded = useLoad(() => loadLines(api, personId, session.account.id), [api, personId, session.account.id]);
  if (!loaded.data) {
    return <Page title="Chronology">{loaded.error ? <ErrorSummary error={loaded.error} /> : <Loading what="Putting the chronology together" />}</Page>;
  }
  const { chronology, lines } = loaded.data;
  return (
    <Page
      title={`Chronology: ${chronology.name}`}
      lead="Everything recorded on the concerns about this pupil that you may read, oldest first. Opening it is recorded in the audit log."
      actions={
        <div className="button-row">
          <a className="button button-secondary" href={concerns.exportUrl(personId, 'pdf')} download>
            Child-protection file (PDF)
          </a>
          <a className="button button-secondary" href={concerns.exportUrl(personId, 'html')} target="_blank" rel="noopener noreferrer">
            Printable page (opens in a new tab)
          </a>
        </div>
      }
    >
      {lines.length === 0 ? (
        <p>No concerns are recorded about this pupil.</p>
      ) : (
        <TableWrap label={`Chronology of ${chronology.name}`}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Concern</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={`${l.concernId}-${i}`}>
                  <td className="nowrap">{formatDateTime(l.at)}</td>
                  <td>
                    <Link className="ref" to={`/concerns/${l.concernId}`}>{l.reference}</Link>
                  </td>
                  <td>{l.type}</td>
                  <td>
                    {l.summary}
                    {l.itemStatus ? <span className="muted"> ({l.itemStatus})</span> : null}
                  </td>
                  <td>{l.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Page>
  );
}
