import type { Count, WeeklyFigures } from './weekly-report.ts';

/**
 * Renders a weekly report as one self-contained HTML page: tables and bar charts drawn as inline
 * SVG (no script, no external resources), readable in an email client and printable.
 */

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A horizontal bar chart of counts, as inline SVG with a text alternative. */
export function barChart(title: string, rows: readonly Count[], options: { max?: number; colour?: string } = {}): string {
  const shown = rows.slice(0, options.max ?? 10);
  if (shown.length === 0) return `<p class="none">${esc(title)}: none this week.</p>`;
  const top = Math.max(...shown.map((r) => r.count), 1);
  const rowH = 22;
  const labelW = 170;
  const barW = 300;
  const h = shown.length * rowH + 8;
  const bars = shown
    .map((r, i) => {
      const w = Math.max(1, Math.round((r.count / top) * barW));
      const y = i * rowH + 4;
      return `<text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${esc(r.key)}</text><rect x="${labelW}" y="${y}" width="${w}" height="${rowH - 6}" fill="${options.colour ?? '#2f6f8f'}"/><text x="${labelW + w + 6}" y="${y + 14}">${r.count}</text>`;
    })
    .join('');
  const alt = shown.map((r) => `${r.key}: ${r.count}`).join(', ');
  return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(`${title}. ${alt}`)}" width="${labelW + barW + 60}" height="${h}" viewBox="0 0 ${labelW + barW + 60} ${h}" font-family="sans-serif" font-size="12">${bars}</svg></figure>`;
}

/** A small line of the weekly totals over five weeks, as inline SVG. */
export function trendChart(f: WeeklyFigures): string {
  const weeks = [...f.trend, { weekStart: f.weekStart, searches: f.searches.total, flagged: f.searches.flagged, blocks: f.blocks.total, alerts: f.alerts.total }];
  const series: { key: 'searches' | 'blocks' | 'alerts'; colour: string }[] = [
    { key: 'searches', colour: '#2f6f8f' },
    { key: 'blocks', colour: '#8f5a2f' },
    { key: 'alerts', colour: '#b3261e' },
  ];
  const w = 420;
  const h = 140;
  const x = (i: number) => 40 + (i * (w - 60)) / Math.max(1, weeks.length - 1);
  const lines = series
    .map((s) => {
      const top = Math.max(1, ...weeks.map((wk) => wk[s.key]));
      const pts = weeks.map((wk, i) => `${x(i).toFixed(1)},${(h - 25 - (wk[s.key] / top) * (h - 45)).toFixed(1)}`).join(' ');
      return `<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${pts}"/>`;
    })
    .join('');
  const labels = weeks.map((wk, i) => `<text x="${x(i).toFixed(1)}" y="${h - 6}" text-anchor="middle">${esc(wk.weekStart.slice(5))}</text>`).join('');
  const legend = series.map((s, i) => `<text x="${40 + i * 110}" y="12" fill="${s.colour}">${s.key} (scaled)</text>`).join('');
  const alt = weeks.map((wk) => `${wk.weekStart}: ${wk.searches} searches, ${wk.blocks} blocks, ${wk.alerts} alerts`).join('; ');
  return `<figure><figcaption>Trend over five weeks</figcaption><svg role="img" aria-label="${esc(alt)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11">${legend}${lines}${labels}</svg></figure>`;
}

function table(headers: string[], rows: (string | number)[][]): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(String(c))}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/** The whole report page. */
export function renderWeeklyReport(f: WeeklyFigures, dashboardLink: string | null): string {
  const prev = f.trend.at(-1);
  const change = (now: number, before: number | undefined) => (before === undefined ? '' : now === before ? ' (same as last week)' : ` (${now > before ? '+' : ''}${now - before} on last week)`);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Weekly monitoring report — ${esc(f.schoolName)}, week of ${esc(f.weekStart)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ccc}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}figure{margin:.75rem 0}figcaption{font-weight:600;margin-bottom:.25rem}.none{color:#555}.note{color:#555;font-size:.9rem}</style></head><body>
<h1>Weekly monitoring report — ${esc(f.schoolName)}</h1>
<p>Week of Monday ${esc(f.weekStart)} (Europe/London). Counts only: this report names nobody and quotes no text${dashboardLink ? `; the alerts are in <a href="${esc(dashboardLink)}">Haven</a>` : ''}.</p>
<h2>Summary</h2>
${table(
  ['', 'This week'],
  [
    ['Searches', `${f.searches.total}${change(f.searches.total, prev?.searches)}`],
    ['Searches flagged by the analyser', `${f.searches.flagged}${change(f.searches.flagged, prev?.flagged)}`],
    ['Blocked requests', `${f.blocks.total}${change(f.blocks.total, prev?.blocks)}`],
    ['Safe search enforced', f.safeSearch.enforced],
    ['Alerts', `${f.alerts.total}${change(f.alerts.total, prev?.alerts)}`],
  ],
)}
${trendChart(f)}
<h2>Searches</h2>
${barChart('Searches by engine', f.searches.byEngine)}
${barChart('Searches by severity (0 = nothing found)', f.searches.bySeverity, { colour: '#6b4f8f' })}
${barChart('Searches by group', f.searches.byGroup)}
${barChart('Flagged searches by group', f.searches.flaggedByGroup, { colour: '#6b4f8f' })}
<h2>Blocks</h2>
${barChart('Blocks by category', f.blocks.byCategory, { colour: '#8f5a2f' })}
${barChart('Blocks by group', f.blocks.byGroup, { colour: '#8f5a2f' })}
<h2>Safe search</h2>
${barChart('Requests sent to safe search, by engine', f.safeSearch.byEngine, { colour: '#2f8f5a' })}
<h2>Prevent duty</h2>
${table(
  ['Extremism-related', 'Count'],
  [
    ['Searches flagged', f.prevent.searches],
    ['Blocked requests (extremism, terrorism)', f.prevent.blocks],
    ['Alerts', f.prevent.alerts],
  ],
)}
<h2>Alerts and outcomes</h2>
${barChart('Alerts by category', f.alerts.byCategory, { colour: '#b3261e' })}
${table(['Severity', 'Alerts'], f.alerts.bySeverity.map((c) => [c.key, c.count]))}
${table(['Outcome', 'Alerts'], f.alerts.byOutcome.map((c) => [c.key, c.count]))}
<p class="note">Made by Haven. Outcomes: open (not yet triaged), acknowledged, false-positive (the phrase joined the school's exclusions), escalated (now a safeguarding concern).</p>
</body></html>`;
}
