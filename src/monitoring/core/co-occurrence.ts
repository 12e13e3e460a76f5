/**
 * Co-occurrence for the analyser (`analyse.ts`): finds where a rule's parts (concept hits) stand
 * close enough together — in order, in any order, or at least n different parts of a cue family
 * — within a window of words and a span of sentences, and where an innocent frame holds.
 * Pure; runs in Node and in the browser extension.
 */
import type { MonitoringCategory } from '../model.ts';
import type { Lexicon } from './lexicon/compile.ts';

/**
 * How many sentence ends a rule's parts may span: a post's sentences are often about different
 * things ("i want a new phone. my hamster died. i'm sad but fine" is not intent × death), while a
 * chat splits one thought into short lines ("hes 25. says dont tell ur mum. wants to meet").
 * Measured on the development sets (decisions.md): spanning none lost recall, spanning one lost none.
 */
const RULE_SENTENCE_SPAN = 1;
const CUE_SENTENCE_SPAN = 2;

export interface Hit {
  target: number;
  /** first and last word (inclusive) */
  ws: number;
  we: number;
  /** original UTF-16 span */
  os: number;
  oe: number;
  /** found after a Hebrew or Arabic prefixed clitic (ובסכין → סכין) */
  clitic?: true;
}

export interface Candidate {
  category: MonitoringCategory;
  severity: number;
  entry: string;
  lang: string;
  /** from a co-occurrence rule rather than one phrase */
  rule: boolean;
  /** a severity-5 phrase: no context lowers it */
  firm: boolean;
  /** a rule's concept hits */
  parts?: readonly Hit[];
  ws: number;
  we: number;
  os: number;
  oe: number;
}

/** Innocent frames (senses with parts) found in one sentence, added as sense hits. */
export function senseFrames(lexicon: Lexicon, conceptHits: Map<number, Hit[]>, sentenceOf: readonly number[], out: { sense: number; hit: Hit }[]): void {
  const fits = (span: Span): boolean => sentenceDistance(sentenceOf, { ws: span.ws, we: span.ws }, { ws: span.we, we: span.we }) === 0;
  for (const concept of conceptHits.keys()) {
    for (const index of lexicon.senseFrames[concept] ?? []) {
      const sense = lexicon.senses[index];
      const parts = sense?.parts;
      if (sense === undefined || parts === undefined || !parts.every((p) => conceptHits.has(p))) continue;
      const window = sense.window ?? 6;
      const found = sense.ordered === true ? findOrdered(parts, conceptHits, window, fits) : findUnordered(parts, conceptHits, window, fits);
      if (found !== undefined) out.push({ sense: index, hit: { target: -1, ws: found.ws, we: found.we, os: found.os, oe: found.oe } });
    }
  }
}

/** Sentence ends between two spans of words (0 when they share a sentence). */
export function sentenceDistance(sentenceOf: readonly number[], a: Pick<Hit, 'ws' | 'we'>, b: Pick<Hit, 'ws' | 'we'>): number {
  const s = (w: number): number => sentenceOf[Math.min(w, sentenceOf.length - 1)] ?? 0;
  if (a.we < b.ws) return s(b.ws) - s(a.we);
  if (b.we < a.ws) return s(a.ws) - s(b.we);
  return 0;
}

/** Adds a candidate for every co-occurrence rule whose parts all appear close enough. */
export function applyRules(lexicon: Lexicon, conceptHits: Map<number, Hit[]>, sentenceOf: readonly number[], out: Candidate[]): void {
  if (conceptHits.size === 0) return;
  const tried = new Set<number>();
  for (const concept of conceptHits.keys()) {
    for (const r of lexicon.rulesByConcept[concept] ?? []) {
      if (tried.has(r)) continue;
      tried.add(r);
      const rule = lexicon.rules[r];
      if (rule === undefined) continue;
      let found: Span | undefined;
      if (rule.atLeast > 0) {
        let present = 0;
        for (const p of rule.parts) if (conceptHits.has(p)) present++;
        if (present < rule.atLeast) continue;
        found = findAtLeast(rule.parts, conceptHits, rule.window, rule.atLeast, (span) => sentenceDistance(sentenceOf, { ws: span.ws, we: span.ws }, { ws: span.we, we: span.we }) <= CUE_SENTENCE_SPAN);
      } else {
        if (!rule.parts.every((p) => conceptHits.has(p))) continue;
        const fits = (span: Span): boolean => sentenceDistance(sentenceOf, { ws: span.ws, we: span.ws }, { ws: span.we, we: span.we }) <= RULE_SENTENCE_SPAN;
        found = rule.ordered ? findOrdered(rule.parts, conceptHits, rule.window, fits) : findUnordered(rule.parts, conceptHits, rule.window, fits);
      }
      if (found !== undefined) {
        out.push({ category: rule.category, severity: rule.severity, entry: rule.id, lang: rule.lang, rule: true, firm: false, ...found });
      }
    }
  }
}

/**
 * True when two hits share a word. In scripts without spaces a few letters count as one word
 * for windows (see `lettersPerWord`), so two hits in one such word share it only if their
 * letters overlap (リスカ + して); the same holds for letters spelt out one by one.
 */
function overlaps(a: Hit, b: Hit): boolean {
  return a.ws <= b.we && b.ws <= a.we && a.os < b.oe && b.os < a.oe;
}

/** True when hit `h` lies wholly after hit `prev` (see {@link overlaps}). */
function after(h: Hit, prev: Hit): boolean {
  return h.ws > prev.we || (h.ws === prev.we && h.os >= prev.oe);
}

/** Where a rule matched, and the concept hits it was made of. */
type Span = Pick<Hit, 'ws' | 'we' | 'os' | 'oe'> & { parts: readonly Hit[] };

function spanOf(chosen: readonly Hit[]): Span {
  let ws = Infinity;
  let we = -1;
  let os = Infinity;
  let oe = -1;
  for (const h of chosen) {
    ws = Math.min(ws, h.ws);
    we = Math.max(we, h.we);
    os = Math.min(os, h.os);
    oe = Math.max(oe, h.oe);
  }
  return { ws, we, os, oe, parts: chosen };
}

function findOrdered(parts: readonly number[], conceptHits: Map<number, Hit[]>, window: number, fits: (span: Span) => boolean): Span | undefined {
  const first = conceptHits.get(parts[0] as number) ?? [];
  for (const start of first) {
    const chosen: Hit[] = [start];
    let prev = start;
    for (let i = 1; i < parts.length; i++) {
      let best: Hit | undefined;
      for (const h of conceptHits.get(parts[i] as number) ?? []) {
        if (after(h, prev) && h.we - start.ws <= window && (best === undefined || h.ws < best.ws)) best = h;
      }
      if (best === undefined) break;
      chosen.push(best);
      prev = best;
    }
    if (chosen.length === parts.length) {
      const span = spanOf(chosen);
      if (fits(span)) return span;
    }
  }
  return undefined;
}

function findUnordered(parts: readonly number[], conceptHits: Map<number, Hit[]>, window: number, fits: (span: Span) => boolean): Span | undefined {
  const first = conceptHits.get(parts[0] as number) ?? [];
  for (const anchor of first) {
    const chosen: Hit[] = [anchor];
    for (let i = 1; i < parts.length; i++) {
      let best: Hit | undefined;
      let bestDistance = Infinity;
      for (const h of conceptHits.get(parts[i] as number) ?? []) {
        if (chosen.some((c) => overlaps(c, h))) continue;
        const distance = Math.abs(h.ws - anchor.ws);
        if (distance < bestDistance) {
          best = h;
          bestDistance = distance;
        }
      }
      if (best === undefined) break;
      chosen.push(best);
    }
    if (chosen.length !== parts.length) continue;
    const span = spanOf(chosen);
    if (span.we - span.ws <= window && fits(span)) return span;
  }
  return undefined;
}

/**
 * Cue families: the first span of at most `window` words holding hits of at least `need`
 * different parts. Hits are few per text, so a sort and a sliding window are cheap.
 */
function findAtLeast(parts: readonly number[], conceptHits: Map<number, Hit[]>, window: number, need: number, fits: (span: Span) => boolean): Span | undefined {
  const tagged: { hit: Hit; part: number }[] = [];
  parts.forEach((concept, part) => {
    for (const hit of conceptHits.get(concept) ?? []) tagged.push({ hit, part });
  });
  tagged.sort((a, b) => a.hit.ws - b.hit.ws || a.hit.we - b.hit.we);
  for (let i = 0; i < tagged.length; i++) {
    const start = tagged[i] as { hit: Hit; part: number };
    const seen = new Set<number>();
    const chosen: Hit[] = [];
    let last: Hit | undefined;
    for (let j = i; j < tagged.length; j++) {
      const t = tagged[j] as { hit: Hit; part: number };
      if (t.hit.we - start.hit.ws > window) break;
      // parts must not share words ("meet up" is not both a meeting and a contact cue)
      if (seen.has(t.part) || (last !== undefined && !after(t.hit, last))) continue;
      seen.add(t.part);
      chosen.push(t.hit);
      last = t.hit;
      if (seen.size >= need) {
        const span = spanOf(chosen);
        if (fits(span)) return span;
        break;
      }
    }
  }
  return undefined;
}

