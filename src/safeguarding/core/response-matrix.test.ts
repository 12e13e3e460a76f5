import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MatrixActionKind, matrixActionKinds } from '../model.ts';
import { DEFAULT_CATEGORIES } from './default-categories.ts';
import { type ExistingAction, proposeActions } from './response-matrix.ts';

/**
 * Seed 000's learner response table, column by column (teacher, computing lead, headteacher,
 * police/social care, LA technical support, parents, remove access, warning, sanction).
 */
const SEED: Record<string, string> = {
  'illegal-material': '.XXX.....',
  'account-misuse': 'XXX......',
  'data-damage': 'XXX.X....',
  'abusive-messages': 'XXX..X..X',
  'file-sharing': 'XX.......',
  'filter-bypass': 'XXX.XXX.X',
  'unreported-accidental-access': 'XXX.XX...',
  'deliberate-offensive-access': 'XXXXXXXXX',
  'copyright-data-breach': 'XXX.X....',
  'device-misuse': 'XXX......',
  'online-service-misuse': 'XXX......',
  'reputation-harm': 'XXX.XX.XX',
  'repeated-misuse': 'XXX.XXXXX',
};

describe('response matrix', () => {
  it('ships seed 000’s table for learner incidents, mark for mark', () => {
    const misuse = DEFAULT_CATEGORIES.filter((c) => c.group === 'online-misuse');
    assert.equal(misuse.length, Object.keys(SEED).length);
    for (const c of misuse) {
      const marks = matrixActionKinds.slice(0, 9).map((k) => (c.actions.includes(k) ? 'X' : '.')).join('');
      assert.ok(!c.actions.includes('refer-lado'), c.code);
      assert.equal(marks, SEED[c.code], c.code);
    }
  });

  it('gives every default category a unique code, and proposes nothing for general safeguarding by default', () => {
    assert.equal(new Set(DEFAULT_CATEGORIES.map((c) => c.code)).size, DEFAULT_CATEGORIES.length);
    for (const c of DEFAULT_CATEGORIES.filter((x) => x.group !== 'online-misuse')) assert.deepEqual(c.actions, c.code === 'allegation' ? ['refer-lado'] : [], c.code);
  });

  const action = (id: string, kind: MatrixActionKind, over: Partial<ExistingAction> = {}): ExistingAction => ({ id, kind, source: 'matrix', status: 'open', touched: false, ...over });

  const cases: { name: string; row: MatrixActionKind[]; existing: ExistingAction[]; add: MatrixActionKind[]; withdraw: string[] }[] = [
    { name: 'proposes the whole row for a new concern, in column order', row: ['warning', 'refer-class-teacher'], existing: [], add: ['refer-class-teacher', 'warning'], withdraw: [] },
    { name: 'does not propose a kind already there in any state', row: ['warning', 'inform-parents'], existing: [action('a', 'warning', { status: 'not-needed' }), action('b', 'inform-parents', { status: 'done' })], add: [], withdraw: [] },
    { name: 'withdraws untouched open proposals the new row drops', row: ['warning'], existing: [action('a', 'remove-access'), action('b', 'warning')], add: [], withdraw: ['a'] },
    { name: 'keeps proposals someone has worked on', row: [], existing: [action('a', 'remove-access', { touched: true })], add: [], withdraw: [] },
    { name: 'keeps finished proposals', row: [], existing: [action('a', 'remove-access', { status: 'done' })], add: [], withdraw: [] },
    { name: 'never touches hand-made actions', row: ['warning'], existing: [action('m', 'inform-parents', { source: 'manual' }), action('n', 'warning', { source: 'manual' })], add: ['warning'], withdraw: [] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(proposeActions(c.row, c.existing, matrixActionKinds), { add: c.add, withdraw: c.withdraw }));
  }
});
