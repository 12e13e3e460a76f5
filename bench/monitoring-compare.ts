// `npm run bench -- monitoring-compare <other-checkout> [--dev-only] [--quiet]`
// `npm run bench -- monitoring-compare --causes`
//
// Text by text, what a change to the analyser did. The other checkout is the tree before the
// change (`git worktree add --detach /tmp/before HEAD~3`, with its node_modules linked); this
// checkout is the tree after it. For every set it prints recall and false alerts before → after,
// how many risky texts were gained and lost and how many false alerts were added and fixed — the
// check every lexicon change in this project is held to (no loss, no new false alert). Flipped
// texts are printed only where `monitoring-sets.ts` allows (whole early development sets, tune
// halves); measurement sets give counts only. `--dev-only` leaves the measurement sets out
// altogether (for whoever is tuning: their figures are read at the end, not steered by).
//
// `--causes` asks instead why this tree misses what it misses, on the check halves and the
// measurement sets (counts only): no risky match at all, only weak matches, or a match that an
// innocent context or a negator lowered (found by matching again with every pack's senses and
// negators taken out).
import { buildLexicon } from '../src/monitoring/core/lexicon/compile.ts';
import { BUILTIN_PACKS, LEXICON_VERSION } from '../src/monitoring/core/lexicon/index.ts';
import { analyse, type Analysis, compileLexicon, type Lexicon } from '../src/monitoring/index.ts';
import { DEVELOPMENT, HALVED, inTuneHalf, type Item, loadSet, MEASUREMENT, readable } from './support/monitoring-sets.ts';

type Analyse = (text: string, options: { lang?: string; lexicon?: Lexicon }) => Analysis;

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const THRESHOLD = 3;
const alerts = (a: Analysis): boolean => a.severity >= THRESHOLD;

if (flag('--causes')) {
  causes();
} else {
  const other = args.find((a) => !a.startsWith('--'));
  if (other === undefined) {
    console.error('usage: npm run bench -- monitoring-compare <other-checkout> [--dev-only] [--quiet] | --causes');
    process.exit(2);
  }
  const before = (await import(`${other}/src/monitoring/index.ts`)) as { analyse: Analyse; compileLexicon: () => Lexicon };
  compare(before.analyse, before.compileLexicon());
}

function compare(analyseBefore: Analyse, lexiconBefore: Lexicon): void {
  const lexiconAfter = compileLexicon();
  for (const split of flag('--dev-only') ? DEVELOPMENT : [...DEVELOPMENT, ...MEASUREMENT]) {
    const items = loadSet(split);
    if (items.length === 0) continue;
    const t = { risky: 0, negative: 0, caughtBefore: 0, caughtAfter: 0, gained: 0, lost: 0, falseBefore: 0, falseAfter: 0, added: 0, fixed: 0 };
    const lines: string[] = [];
    for (const item of items) {
      const was = analyseBefore(item.text, { lang: item.lang, lexicon: lexiconBefore });
      const now = analyse(item.text, { lang: item.lang, lexicon: lexiconAfter });
      const [a, b] = [alerts(was), alerts(now)];
      if (item.kind === 'risky') {
        t.risky++;
        t.caughtBefore += Number(a);
        t.caughtAfter += Number(b);
        t.gained += Number(!a && b);
        t.lost += Number(a && !b);
      } else {
        t.negative++;
        t.falseBefore += Number(a);
        t.falseAfter += Number(b);
        t.added += Number(!a && b);
        t.fixed += Number(a && !b);
      }
      if (a !== b && readable(split, item) && !flag('--quiet')) lines.push(flipLine(item, was, now, b));
    }
    console.log(`${split.padEnd(8)} recall ${t.caughtBefore} → ${t.caughtAfter} of ${t.risky} (+${t.gained} −${t.lost})   false alerts ${t.falseBefore} → ${t.falseAfter} of ${t.negative} (new ${t.added}, fixed ${t.fixed})`);
    for (const line of lines) console.log(line);
  }
}

function flipLine(item: Item, was: Analysis, now: Analysis, alertsNow: boolean): string {
  const label = item.kind === 'risky' ? (alertsNow ? '+GAIN ' : '-LOSS ') : alertsNow ? '-NEWFP' : '+FPFIX';
  const entries = (alertsNow ? now : was).matches.map((m) => m.entry).join(',');
  return `  ${label} ${item.id} [${item.lang}] ${was.severity}→${now.severity} ${entries} :: ${item.text.slice(0, 160)}`;
}

function causes(): void {
  const full = compileLexicon();
  const bare = buildLexicon({ version: `${LEXICON_VERSION}-bare`, packs: BUILTIN_PACKS.map((p) => ({ ...p, senses: [], negators: [] })) });
  for (const split of [...HALVED, ...MEASUREMENT]) {
    const items = loadSet(split).filter((i) => i.kind === 'risky' && (MEASUREMENT.includes(split) || !inTuneHalf(i)));
    const c = { caught: 0, noMatch: 0, weakOnly: 0, lowered: 0 };
    for (const item of items) {
      if (alerts(analyse(item.text, { lang: item.lang, lexicon: full }))) c.caught++;
      else {
        const plain = analyse(item.text, { lang: item.lang, lexicon: bare });
        if (alerts(plain)) c.lowered++;
        else if (plain.severity > 0) c.weakOnly++;
        else c.noMatch++;
      }
    }
    const name = MEASUREMENT.includes(split) ? split : `${split} (check half)`;
    console.log(`${name.padEnd(20)} risky ${items.length}: caught ${c.caught}; missed with no risky match ${c.noMatch}, with weak matches only ${c.weakOnly}, lowered by a context or negator ${c.lowered}`);
  }
}
