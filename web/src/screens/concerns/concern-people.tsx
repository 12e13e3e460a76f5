import { useState } from 'react';
import { PART_LABELS } from '../../../../src/safeguarding/core/labels.ts';
import { involvementParts, isOneOf, type InvolvementPart } from '../../../../src/safeguarding/model.ts';
import { concerns } from '../../endpoints.ts';
import { Link } from '../../router.tsx';
import { useApi } from '../../session.tsx';
import { optionsOf, SelectField } from '../../ui/form.tsx';
import { labelFor } from '../../ui/format.ts';
import { Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary } from '../../ui/problem.tsx';
import type { PanelProps } from './panel-props.ts';
import { PersonPicker } from './person-picker.tsx';

/** The people on a concern and their parts; the DSL team adds or takes people off, and opens a learner's chronology. */
export function PeoplePanel({ concern, manage, onChanged, chronology }: PanelProps & { chronology: boolean }) {
  const api = useApi();
  const [part, setPart] = useState<InvolvementPart>('witness');
  const [error, setError] = useState<unknown>(null);
  const people = concern.people ?? [];
  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Section title="People" id="people">
      <ErrorSummary error={error} />
      {people.length === 0 ? (
        <p>Nobody is recorded on this concern.</p>
      ) : (
        <TableWrap label="People on this concern">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Part</th>
                <th scope="col">Year group</th>
                {chronology ? <th scope="col">Chronology</th> : null}
                {manage ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{labelFor(PART_LABELS, p.part)}</td>
                  <td>{p.yearGroup ?? '—'}</td>
                  {chronology ? <td>{p.personId && p.kind === 'learner' ? <Link to={`/learners/${p.personId}/chronology`}>Chronology of {p.name}</Link> : '—'}</td> : null}
                  {manage ? (
                    <td>
                      <button type="button" className="button button-secondary button-small" onClick={() => void act(() => concerns.removePerson(api, concern.id, p.id))}>
                        Take {p.name} off
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {manage ? (
        <details className="details">
          <summary>Add a person</summary>
          <SelectField label="Their part" options={optionsOf(involvementParts, PART_LABELS)} value={part} onChange={(e) => isOneOf(involvementParts, e.target.value) && setPart(e.target.value)} />
          <PersonPicker label="Find them in the school’s list" chooseLabel="Add" onPick={(p) => void act(() => concerns.addPerson(api, concern.id, { personId: p.id, part }))} />
        </details>
      ) : null}
    </Section>
  );
}
