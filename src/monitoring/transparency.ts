import type { Kysely } from 'kysely';
import type { Db } from '../platform/db/index.ts';
import type { MasterKey } from '../platform/crypto.ts';
import { loadSettings } from './settings.ts';
import { WEEKLY_REPORT_RETENTION_DAYS } from './retention.ts';

/** What a school tells learners, staff and parents about monitoring (M5); no sign-in needed. */
export interface TransparencyNotice {
  schoolName: string;
  monitored: string[];
  why: string[];
  whoSees: string[];
  retention: { data: string; days: number | null; note: string }[];
  notMonitored: string[];
  questions: string;
}

/** The notice for a school (or the installation's first school), with that school's retention periods. */
export async function transparencyNotice(deps: { db: Kysely<Db>; masterKey: MasterKey }, options: { schoolId?: string; filterRetentionDays: number }): Promise<TransparencyNotice> {
  const school = options.schoolId
    ? await deps.db.selectFrom('schools').select(['id', 'name']).where('id', '=', options.schoolId).executeTakeFirst()
    : await deps.db.selectFrom('schools').select(['id', 'name']).orderBy('created_at').orderBy('id').executeTakeFirst();
  const settings = await loadSettings(deps, school?.id ?? '');
  return {
    schoolName: school?.name ?? 'This school',
    monitored: [
      "Websites visited on the school's network and on school-managed devices: the address, the time, the device, and whether it was allowed or blocked.",
      'Searches typed into search engines, YouTube and sites’ own search boxes, when Haven can see them (on school devices and the school network).',
      'Text the school chooses to send for checking, such as school chat or school email, if it does so.',
      'Searches and text are checked automatically for signs that someone may be at risk: self-harm and suicide, grooming and exploitation, sexual content, bullying and abuse, extremism, hate, drugs, weapons and violence, gambling.',
    ],
    why: [
      'To keep children safe, as schools in England must (Keeping Children Safe in Education; the Filtering and Monitoring Standards).',
      'To notice early when someone may need help, and to meet the Prevent duty.',
      'Not to judge ordinary curiosity: most searches are never looked at by anyone.',
    ],
    whoSees: [
      "Only the school's safeguarding team (the designated safeguarding lead and deputies) and the online-safety lead see alerts, names and searched text.",
      "IT staff see devices and addresses, not names, unless the safeguarding lead decides otherwise; that decision is recorded.",
      'Every time someone reads an alert it is recorded in an audit log.',
      'Emails and messages about alerts carry no names and no text, only a link that needs signing in.',
    ],
    retention: [
      { data: 'Searches', days: settings.searchRetentionDays, note: 'then deleted automatically' },
      { data: 'Websites visited (filter log)', days: options.filterRetentionDays, note: 'then deleted automatically' },
      { data: 'Alerts the safeguarding team has dealt with', days: settings.alertRetentionDays, note: 'after they were closed; alerts not yet looked at are kept until they are' },
      { data: 'Text sent for checking', days: 0, note: 'not kept at all unless it raises an alert; then kept with the alert' },
      { data: 'Alerts that became a safeguarding concern', days: null, note: "kept with the child's safeguarding record, as the law on safeguarding records requires" },
      { data: 'Weekly reports (numbers only, no names)', days: WEEKLY_REPORT_RETENTION_DAYS, note: 'for the annual review of filtering and monitoring' },
    ],
    notMonitored: ['Personal devices on mobile data, outside the school network.', 'Anything typed but not sent or searched.', 'Private messages in apps the school does not send for checking.'],
    questions: "Ask the school's designated safeguarding lead or data protection officer; you can also ask for a copy of the information the school holds about you.",
  };
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The notice as a plain, accessible HTML page. */
export function renderTransparencyPage(n: TransparencyNotice): string {
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
  const days = (d: number | null) => (d === null ? 'as long as the safeguarding record' : d === 0 ? 'not kept' : `${d} days`);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>How ${esc(n.schoolName)} keeps you safe online: monitoring</title>
<style>body{font-family:system-ui,sans-serif;max-width:720px;margin:1.5rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}</style></head><body><main>
<h1>How ${esc(n.schoolName)} keeps you safe online</h1>
<p>When you use the school's internet or a school device, some of what you do is monitored. This page says what, why, who sees it and for how long it is kept.</p>
<h2>What is monitored</h2>${list(n.monitored)}
<h2>Why</h2>${list(n.why)}
<h2>Who sees it</h2>${list(n.whoSees)}
<h2>How long it is kept</h2>
<table><thead><tr><th scope="col">Information</th><th scope="col">Kept for</th><th scope="col"></th></tr></thead><tbody>${n.retention.map((r) => `<tr><td>${esc(r.data)}</td><td>${esc(days(r.days))}</td><td>${esc(r.note)}</td></tr>`).join('')}</tbody></table>
<h2>What is not monitored</h2>${list(n.notMonitored)}
<h2>Questions</h2><p>${esc(n.questions)}</p>
</main></body></html>`;
}
