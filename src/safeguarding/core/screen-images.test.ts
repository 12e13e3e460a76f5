import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screeningPoints } from '../model.ts';
import { type ScreeningAnswers, screenImages } from './screen-images.ts';

const none: ScreeningAnswers = { 'adult-involved': false, 'coercion-or-grooming': false, 'unusual-or-violent': false, 'under-13': false, 'immediate-risk': false };

describe('five-point screening of nude and semi-nude image incidents', () => {
  it('needs no immediate referral when every answer is no', () => {
    assert.deepEqual(screenImages(none), { immediateReferral: false, reasons: [] });
  });
  for (const point of screeningPoints) {
    it(`requires an immediate referral when "${point}" is yes`, () => {
      assert.deepEqual(screenImages({ ...none, [point]: true }), { immediateReferral: true, reasons: [point] });
    });
  }
  it('lists every yes, in the order of the five points', () => {
    assert.deepEqual(screenImages({ ...none, 'immediate-risk': true, 'adult-involved': true }).reasons, ['adult-involved', 'immediate-risk']);
  });
});
