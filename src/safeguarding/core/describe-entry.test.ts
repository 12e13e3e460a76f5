import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clip, describeEntry, type EntryLookups } from './describe-entry.ts';

const lookups: EntryLookups = {
  concernSummary: 'Messages sent late at night',
  categoryLabel: (code) => ({ 'abusive-messages': 'Offensive messages' })[code] ?? code,
  ref: (id) => ({ n1: 'Spoke to the learner', r1: "Children's social care, reference MASH-1", a1: 'Tell the parents or carers', t1: 'Penwith Academy' })[id],
  account: (id) => ({ acc: 'Ms Rowe' })[id],
  actionStatus: (id) => ({ a1: 'done' })[id],
};

describe('chronology lines', () => {
  const cases: [string, Parameters<typeof describeEntry>[0], { type: string; summary: string; itemStatus: string | null }][] = [
    ['a report quotes what happened', { kind: 'reported', refId: null, details: { route: 'learner' } }, { type: 'Concern reported (learner report)', summary: 'Messages sent late at night', itemStatus: null }],
    ['triage names the category and level', { kind: 'triaged', refId: null, details: { category: 'abusive-messages', level: 'early-help' } }, { type: 'Triaged', summary: 'Category: Offensive messages; 2 – early help: extra support in school or from partners', itemStatus: null }],
    ['a note shows its text', { kind: 'note', refId: 'n1', details: {} }, { type: 'Note', summary: 'Spoke to the learner', itemStatus: null }],
    ['a referral shows the agency and reference', { kind: 'referral', refId: 'r1', details: { agency: 'social-care' } }, { type: 'Referral', summary: "Children's social care, reference MASH-1", itemStatus: null }],
    ['an action carries its current status', { kind: 'action-added', refId: 'a1', details: { kind: 'inform-parents', source: 'matrix' } }, { type: 'Action proposed', summary: 'Tell the parents or carers', itemStatus: 'done' }],
    ['assignment names the account', { kind: 'assigned', refId: null, details: { to: 'acc' } }, { type: 'Assigned', summary: 'Assigned to Ms Rowe', itemStatus: null }],
    ['a transfer names the school', { kind: 'transfer', refId: 't1', details: { event: 'sent' } }, { type: 'Transfer', summary: 'File sent to Penwith Academy', itemStatus: null }],
    ['closing gives the outcome', { kind: 'status', refId: null, details: { from: 'in-progress', to: 'closed', outcome: 'early-help' } }, { type: 'Closed', summary: 'From in-progress to closed — Early help', itemStatus: null }],
    ['a withheld image is only named as withheld', { kind: 'attachment-added', refId: 'x', details: { withheld: true } }, { type: 'Evidence added', summary: 'Image withheld — held by the DSL', itemStatus: null }],
  ];
  for (const [name, entry, expected] of cases) it(name, () => assert.deepEqual(describeEntry(entry, lookups), expected));

  it('clips long text at a word, with an ellipsis', () => {
    const out = clip('word '.repeat(100), 40);
    assert.ok(out.length <= 40 && out.endsWith('…') && !out.includes('  '));
  });
});
