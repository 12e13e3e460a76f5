import { type FormEvent, useState } from 'react';
import { CATEGORIES, CATEGORY_INFO, RULE_LEVELS, RULE_LEVEL_LABELS, type RuleLevel } from '../../../../src/filtering/model.ts';
import { isOneOf } from '../../../../src/safeguarding/model.ts';
import { directory, filtering } from '../../endpoints.ts';
import { useApi, useSignedIn } from '../../session.tsx';
import type { FilterRule, GroupSummary, Person } from '../../types.ts';
import { Checkbox, optionsOf, RadioGroup, SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, Section, TableWrap } from '../../ui/page.tsx';
import { ErrorSummary, Loading, Notice } from '../../ui/problem.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { PersonPicker } from '../concerns/person-picker.tsx';
import { categoryName, LevelTag, WEEKDAYS, windowText } from './labels.tsx';

type Target = { kind: 'category'; category: string } | { kind: 'site'; site: string };

/** What the policy says for one group and one row of the table: its own rules, its template's line, or the default. */
interface Cell {
  rules: FilterRule[];
  from: 'rule' | 'template' | 'default' | 'illegal' | 'none';
  level: RuleLevel | null;
}

function sameTarget(a: Target, b: Target): boolean {
  return a.kind === 'category' ? b.kind === 'category' && a.category === b.category : b.kind === 'site' && a.site === b.site;
}

function cellFor(rules: FilterRule[], groupId: string, target: Target): Cell {
  if (target.kind === 'category' && isOneOf(CATEGORIES, target.category) && CATEGORY_INFO[target.category].illegal) return { rules: [], from: 'illegal', level: 'blocked-illegal' };
  const mine = rules.filter((r) => r.subject.kind === 'group' && r.subject.id === groupId && sameTarget(r.target, target));
  const own = mine.filter((r) => r.origin === 'rule');
  if (own.length > 0) return { rules: own, from: 'rule', level: own[0]?.level ?? null };
  const template = mine.find((r) => r.origin === 'template' && r.replacedBy === null);
  if (template) return { rules: [template], from: 'template', level: template.level };
  if (target.kind === 'site') return { rules: [], from: 'none', level: null };
  const harmful = isOneOf(CATEGORIES, target.category) && CATEGORY_INFO[target.category].harmful;
  return { rules: [], from: 'default', level: harmful ? 'blocked' : 'allowed' };
}

const FROM_WORDS: Record<Cell['from'], string> = {
  rule: 'school rule',
  template: 'from the group’s template',
  default: 'Haven’s default',
  illegal: 'always, for everyone',
  none: '',
};

function CellView({ cell, groupName }: { cell: Cell; groupName: (id: string) => string }) {
  if (cell.level === null) return <span className="muted">Follows the categories</span>;
  return (
    <>
      {cell.rules.length > 1 ? cell.rules.map((r) => <LevelTag key={r.id} level={r.level} />) : <LevelTag level={cell.level} />}
      <span className="cell-note">{FROM_WORDS[cell.from]}</span>
      {cell.rules.flatMap((r) => r.windows).length > 0 ? (
        <ul className="cell-list" aria-label="When">
          {cell.rules.flatMap((r) => r.windows.map((w, i) => <li key={`${r.id}-w${i}`}>{windowText(w)}</li>))}
        </ul>
      ) : null}
      {cell.rules.some((r) => r.nominated.groups.length + r.nominated.people.length > 0) ? (
        <ul className="cell-list" aria-label="Nominated">
          {cell.rules.flatMap((r) => [
            ...r.nominated.groups.map((g) => <li key={`${r.id}-g${g}`}>{groupName(g)}</li>),
            ...(r.nominated.people.length > 0 ? [<li key={`${r.id}-p`}>{r.nominated.people.length === 1 ? '1 nominated person' : `${r.nominated.people.length} nominated people`}</li>] : []),
          ])}
        </ul>
      ) : null}
    </>
  );
}

/**
 * The policy as the school's acceptable-use table (F3): a row per category and per site with a
 * rule, a column per group, each cell in the table's own five words with its time windows and
 * nominations. Those who manage the filter change a cell with the form below it, with a reason.
 */
export function PolicyScreen() {
  const api = useApi();
  const { can } = useSignedIn();
  const rules = useLoad(() => filtering.rules(api), [api]);
  const groups = useLoad(() => directory.groups(api), [api]);
  const all = rules.data?.rules ?? [];
  const groupList = groups.data?.groups ?? [];
  const groupName = (id: string) => groupList.find((g) => g.id === id)?.name ?? id;
  const columns = groupList.filter((g) => g.template !== null || all.some((r) => r.subject.kind === 'group' && r.subject.id === g.id));
  const sites = [...new Set(all.flatMap((r) => (r.target.kind === 'site' ? [r.target.site] : [])))].sort();
  const personRules = all.filter((r) => r.subject.kind === 'person');
  const siteRules = all.filter((r) => r.origin === 'rule' && r.target.kind === 'site');
  const rows: { target: Target; label: string }[] = [
    ...CATEGORIES.map((c) => ({ target: { kind: 'category', category: c } as Target, label: CATEGORY_INFO[c].label })),
    ...sites.map((s) => ({ target: { kind: 'site', site: s } as Target, label: s })),
  ];
  const error = rules.error ?? groups.error;
  return (
    <Page title="Filtering policy" lead="The acceptable-use table: what each group may reach, in the policy’s own words. A person’s own rule wins; otherwise the highest-priority group they are in decides; site rules beat category rules; illegal content is blocked for everyone, always.">
      {error ? <ErrorSummary error={error} focus={false} /> : null}
      {!rules.data || !groups.data ? (
        error ? null : <Loading />
      ) : (
        <TableWrap label="Acceptable-use table">
          <table className="table policy-table">
            <caption className="visually-hidden">Acceptable-use table: rows are categories and sites, columns are groups</caption>
            <thead>
              <tr>
                <th scope="col">Category or site</th>
                {columns.map((g) => (
                  <th scope="col" key={g.id}>
                    {g.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.target.kind === 'site' ? `s:${row.target.site}` : `c:${row.target.category}`}>
                  <th scope="row">{row.label}</th>
                  {columns.map((g) => (
                    <td key={g.id}>
                      <CellView cell={cellFor(all, g.id, row.target)} groupName={groupName} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {siteRules.length > 0 ? (
        <Section title="Site allow and block entries" id="site-rules">
          <TableWrap label="Site entries as a table">
            <table className="table table-compact">
              <caption className="visually-hidden">Site allow and block entries, with their reasons</caption>
              <thead>
                <tr>
                  <th scope="col">Site</th>
                  <th scope="col">For</th>
                  <th scope="col">Level</th>
                  <th scope="col">Why</th>
                  <th scope="col">Changed</th>
                </tr>
              </thead>
              <tbody>
                {siteRules.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="host">
                      {r.target.kind === 'site' ? r.target.site : ''}
                    </th>
                    <td>{r.subject.kind === 'group' ? (r.subject.name ?? groupName(r.subject.id)) : 'One person'}</td>
                    <td>
                      <LevelTag level={r.level} />
                    </td>
                    <td>{r.reason ?? '—'}</td>
                    <td>{formatDateTime(r.updatedAt ?? r.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </Section>
      ) : null}
      {personRules.length > 0 ? (
        <Section title="Rules for one person" id="person-rules">
          <p>{personRules.length === 1 ? 'One person has a rule of their own' : `${personRules.length} rules are for one person each`}; open the person’s record to see who.</p>
          <ul className="plain-list">
            {personRules.map((r) => (
              <li key={r.id}>
                {r.target.kind === 'site' ? r.target.site : categoryName(r.target.category)}: <LevelTag level={r.level} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {can('filtering:manage') && rules.data && groups.data ? <ChangePolicy rules={all} groups={groupList} onChanged={rules.reload} /> : null}
      {!can('filtering:manage') && can('filtering:request') ? <p>Need something opened for a lesson? Ask with an unblock request; the online-safety lead or DSL decides.</p> : null}
    </Page>
  );
}

const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The form that sets one cell: a group, a category or site, a level (with windows or nominations), and why. */
function ChangePolicy({ rules, groups, onChanged }: { rules: FilterRule[]; groups: GroupSummary[]; onChanged(): void }) {
  const api = useApi();
  const [groupId, setGroupId] = useState(groups.find((g) => g.template === 'learners')?.id ?? groups[0]?.id ?? '');
  const [kind, setKind] = useState<'category' | 'site'>('category');
  const [category, setCategory] = useState<string>('games');
  const [site, setSite] = useState('');
  const [level, setLevel] = useState<RuleLevel>('blocked');
  const [days, setDays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [start, setStart] = useState('12:00');
  const [end, setEnd] = useState('13:00');
  const [nominated, setNominated] = useState<string[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const target: Target = kind === 'category' ? { kind: 'category', category } : { kind: 'site', site: site.trim() };
  const own = rules.filter((r) => r.origin === 'rule' && r.subject.kind === 'group' && r.subject.id === groupId && sameTarget(r.target, target));
  const groupName = groups.find((g) => g.id === groupId)?.name ?? 'the group';
  const what = kind === 'category' ? categoryName(category) : site.trim() || 'the site';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone('');
    setBusy(true);
    const windows = level === 'allowed-at-certain-times' ? days.map((weekday) => ({ weekday, start, end })) : [];
    const nominations = level === 'allowed-for-nominated-users' ? { groups: nominated, people: people.map((p) => p.id) } : undefined;
    try {
      const first = own[0];
      if (first) await filtering.updateRule(api, first.id, { level, windows, ...(nominations ? { nominated: nominations } : {}), reason });
      else await filtering.createRule(api, { subject: { kind: 'group', group: groupId }, target, level, ...(windows.length ? { windows } : {}), ...(nominations ? { nominated: nominations } : {}), reason });
      setDone(`${what} is now “${RULE_LEVEL_LABELS[level]}” for ${groupName}. The filter uses it from now on.`);
      setReason('');
      setPeople([]);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setError(null);
    setDone('');
    try {
      for (const r of own) await filtering.deleteRule(api, r.id, reason);
      setDone(`The school’s rule for ${what} and ${groupName} is removed; the template or Haven’s default applies again.`);
      setReason('');
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const levels = RULE_LEVELS.filter((l) => kind === 'site' || l !== 'blocked-illegal');
  return (
    <Section title="Change the policy" id="change-policy">
      <p>Every change needs a reason; it is recorded with your name in the change history and the audit log, and is in force as soon as you save it.</p>
      <ErrorSummary error={error} />
      {done ? <Notice>{done}</Notice> : null}
      <form onSubmit={submit} noValidate>
        <SelectField label="Group" options={groups.map((g) => ({ value: g.id, label: g.name }))} value={groupId} onChange={(e) => setGroupId(e.target.value)} />
        <RadioGroup
          legend="What is it about?"
          name="target-kind"
          options={[
            { value: 'category', label: 'A category' },
            { value: 'site', label: 'A site' },
          ]}
          value={kind}
          onChange={(v) => setKind(v === 'site' ? 'site' : 'category')}
        />
        {kind === 'category' ? (
          <SelectField
            label="Category"
            hint="Child sexual abuse content and unlawful terrorist content are always blocked and cannot be changed."
            options={CATEGORIES.filter((c) => !CATEGORY_INFO[c].illegal).map((c) => ({ value: c, label: CATEGORY_INFO[c].label }))}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
          />
        ) : (
          <TextField label="Site" hint="A host name such as example.com (it covers its subdomains), or host/path." value={site} maxLength={300} onChange={(e) => setSite(e.target.value)} />
        )}
        <RadioGroup legend="Level" name="level" options={optionsOf(levels, RULE_LEVEL_LABELS)} value={level} onChange={(v) => isOneOf(RULE_LEVELS, v) && setLevel(v)} />
        {level === 'allowed-at-certain-times' ? (
          <fieldset className="fieldset">
            <legend className="legend">When is it acceptable?</legend>
            <div className="hint">School time, Europe/London. A window may not cross midnight.</div>
            <div className="checkbox-columns">
              {WEEKDAY_ORDER.map((d) => (
                <Checkbox key={d} label={WEEKDAYS[d]} checked={days.includes(d)} onChange={(e) => setDays((now) => (e.target.checked ? [...now, d] : now.filter((x) => x !== d)))} />
              ))}
            </div>
            <div className="inline-row">
              <TextField label="From" type="time" className="field-short" value={start} onChange={(e) => setStart(e.target.value)} />
              <TextField label="Until" type="time" className="field-short" value={end} onChange={(e) => setEnd(e.target.value)} />
            </div>
          </fieldset>
        ) : null}
        {level === 'allowed-for-nominated-users' ? (
          <fieldset className="fieldset">
            <legend className="legend">Who is nominated?</legend>
            <div className="hint">Members of these groups, and the people you add, may reach it; everyone else in {groupName} may not.</div>
            <div className="checkbox-columns">
              {groups.map((g) => (
                <Checkbox key={g.id} label={g.name} checked={nominated.includes(g.id)} onChange={(e) => setNominated((now) => (e.target.checked ? [...now, g.id] : now.filter((x) => x !== g.id)))} />
              ))}
            </div>
            {people.length > 0 ? (
              <ul className="plain-list" aria-label="Nominated people">
                {people.map((p) => (
                  <li key={p.id}>
                    {p.firstName} {p.lastName}{' '}
                    <button type="button" className="link-button" onClick={() => setPeople((now) => now.filter((x) => x.id !== p.id))}>
                      Remove {p.firstName} {p.lastName}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            <PersonPicker label="Nominate a person" chooseLabel="Nominate" onPick={(p) => setPeople((now) => (now.some((x) => x.id === p.id) ? now : [...now, p]))} />
          </fieldset>
        ) : null}
        <TextArea label="Why?" hint="For example: “Year 6 use a games site in computing lessons”. 3 to 500 characters." rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Save the change
          </button>
          {own.length > 0 ? (
            <button type="button" className="button button-secondary" onClick={() => void remove()}>
              Remove the school’s rule
            </button>
          ) : null}
        </div>
      </form>
    </Section>
  );
}
