import { useState } from 'react';
import { filtering } from '../../endpoints.ts';
import { useApi } from '../../session.tsx';
import type { SelfTest } from '../../types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page, Section, TableWrap, Tag } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { categoryName } from './labels.tsx';

/** Passed or failed, as a tag. */
export function SelfTestTag({ passed }: { passed: boolean }) {
  return passed ? <Tag tone="ok">Passed</Tag> : <Tag tone="danger">Failed</Tag>;
}

/** One self-test: its problems, each group's categories, and what each blocked category has to block with. */
export function SelfTestResult({ result }: { result: SelfTest }) {
  return (
    <>
      <p>
        <SelfTestTag passed={result.passed} /> Run {formatDateTime(result.ranAt)} against policy revision {result.revision}.
      </p>
      {result.problems.length > 0 ? (
        <>
          <h3>Problems</h3>
          <ul>
            {result.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Every category the policy blocks is blocked for every group tested.</p>
      )}
      {result.groups.map((g) => {
        const failed = g.categories.filter((c) => !c.ok);
        return (
          <details className="details" key={g.groupId}>
            <summary>
              {g.groupName}: {failed.length === 0 ? 'every category as expected' : `${failed.length} ${failed.length === 1 ? 'category' : 'categories'} not as expected`}
              {g.safeSearch ? `, safe search ${g.safeSearch}${g.safeSearchOk ? '' : ' (not enforced)'}` : ''}
            </summary>
            <TableWrap label={`Self-test for ${g.groupName}`}>
              <table className="table table-compact">
                <caption className="visually-hidden">Self-test for {g.groupName}</caption>
                <thead>
                  <tr>
                    <th scope="col">Category</th>
                    <th scope="col">Expected</th>
                    <th scope="col">Found</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
                  {g.categories.map((c) => (
                    <tr key={c.category}>
                      <th scope="row">
                        {categoryName(c.category)}
                        {c.required ? <span className="hint"> (must be blocked for learners)</span> : null}
                      </th>
                      <td>{c.expected === 'block' ? 'Blocked' : 'Allowed'}</td>
                      <td>{c.actual === 'block' ? 'Blocked' : 'Allowed'}</td>
                      <td>{c.ok ? <Tag tone="ok">As expected</Tag> : <Tag tone="danger">Not as expected</Tag>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </details>
        );
      })}
      <h3>What each blocked category has to block with</h3>
      <TableWrap label="List coverage">
        <table className="table table-compact">
          <caption className="visually-hidden">List coverage by category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col" className="num">
                Groups blocking it
              </th>
              <th scope="col" className="num">
                Entries
              </th>
              <th scope="col">Newest list version</th>
            </tr>
          </thead>
          <tbody>
            {result.coverage.map((c) => (
              <tr key={c.category}>
                <th scope="row">{categoryName(c.category)}</th>
                <td className="num">{c.blockedFor}</td>
                <td className="num">
                  {c.entries.toLocaleString('en-GB')} {c.empty && c.blockedFor > 0 ? <Tag tone="warn">Nothing to block with</Tag> : null}
                </td>
                <td>{c.newestVersionAt ? `${formatDateTime(c.newestVersionAt)} (${c.ageDays ?? 0} days old)` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

/**
 * The filter self-test (F11): each group is checked against a canary name per category, like the
 * UK Safer Internet Centre's test, and each blocked category's lists are counted. Results are kept.
 */
export function SelfTestScreen() {
  const api = useApi();
  const results = useLoad(() => filtering.selfTests(api, 10), [api]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ran, setRan] = useState(false);
  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      await filtering.runSelfTest(api);
      setRan(true);
      results.reload();
    } catch (err) {
      setError(err);
    } finally {
      setRunning(false);
    }
  };
  const [latest, ...earlier] = results.data?.results ?? [];
  return (
    <Page
      title="Filter self-test"
      lead="Checks, for every group, that each category the policy blocks really is blocked, and that each blocked category has a list to block with. Run it after changes and at least each term; the results are kept for the annual review."
      actions={
        <button type="button" className="button" onClick={() => void run()} disabled={running}>
          {running ? 'Running…' : 'Run the self-test now'}
        </button>
      }
    >
      <ErrorSummary error={error} />
      {ran && latest ? <Notice tone={latest.passed ? 'ok' : 'warn'}>The self-test {latest.passed ? 'passed' : 'found problems'}.</Notice> : null}
      {results.error ? <ErrorSummary error={results.error} focus={false} /> : null}
      <Section title="Latest result" id="latest">
        {!results.data ? results.error ? null : <Loading /> : latest ? <SelfTestResult result={latest} /> : <p>The self-test has not been run yet.</p>}
      </Section>
      {earlier.length > 0 ? (
        <Section title="Earlier results" id="earlier">
          <ul className="plain-list">
            {earlier.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.ranAt)}: <SelfTestTag passed={r.passed} /> {r.problems.length > 0 ? `${r.problems.length} ${r.problems.length === 1 ? 'problem' : 'problems'}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </Page>
  );
}
