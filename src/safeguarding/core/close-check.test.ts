import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CloseBlocker, type CloseFacts, closeBlockers } from './close-check.ts';

const ready: CloseFacts = { outcome: 'resolved-in-school', outcomeNote: 'Parents met; plan agreed.', escalated: false, screeningNeedsReferral: false, referralAgencies: [], actionStatuses: ['done', 'not-needed'] };

describe('closing a concern', () => {
  const table: [string, Partial<CloseFacts>, CloseBlocker[]][] = [
    ['closes with an outcome, a note and every action finished', {}, []],
    ['never closes without an outcome', { outcome: null }, ['outcome-missing']],
    ['never closes with a blank outcome note', { outcomeNote: '  ' }, ['outcome-missing']],
    ['keeps an escalated concern open until a police or social care referral is recorded', { escalated: true }, ['referral-missing']],
    ['accepts a referral to social care for an escalation', { escalated: true, referralAgencies: ['social-care'] }, []],
    ['does not count a LADO referral as the police or social care', { escalated: true, referralAgencies: ['lado'] }, ['referral-missing']],
    ['requires the referral a yes in the image screening demands', { screeningNeedsReferral: true, referralAgencies: ['police'] }, []],
    ['refuses while an action is still open', { actionStatuses: ['done', 'open'] }, ['actions-open']],
    ['lists every blocker at once', { outcome: null, escalated: true, actionStatuses: ['open'] }, ['outcome-missing', 'referral-missing', 'actions-open']],
  ];
  for (const [name, change, expected] of table) it(name, () => assert.deepEqual(closeBlockers({ ...ready, ...change }), expected));
});
