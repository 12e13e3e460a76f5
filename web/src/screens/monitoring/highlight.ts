/** A run of an alert's text: plain, or a match with the highest category and severity found in it. */
export interface Run {
  text: string;
  match?: { category: string; severity: number };
}

/**
 * Cuts a text into runs at the match offsets the API gives (UTF-16, into the original text).
 * Overlapping matches merge into one marked run that keeps the most severe match; offsets out of
 * range are dropped, so a bad offset never hides or repeats text. The runs join back to the text.
 */
export function runsOf(text: string, matches: readonly { start: number; end: number; category: string; severity: number }[]): Run[] {
  const spans = matches.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; category: string; severity: number }[] = [];
  for (const m of spans) {
    const last = merged[merged.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (m.severity > last.severity) Object.assign(last, { category: m.category, severity: m.severity });
    } else merged.push({ ...m });
  }
  const runs: Run[] = [];
  let pos = 0;
  for (const m of merged) {
    if (m.start > pos) runs.push({ text: text.slice(pos, m.start) });
    runs.push({ text: text.slice(m.start, m.end), match: { category: m.category, severity: m.severity } });
    pos = m.end;
  }
  if (pos < text.length) runs.push({ text: text.slice(pos) });
  return runs;
}
