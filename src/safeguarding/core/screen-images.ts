import { type ScreeningPoint, screeningPoints } from '../model.ts';

/** The DSL's answers to the five points, one boolean each. */
export type ScreeningAnswers = Record<ScreeningPoint, boolean>;

/** The result of screening: whether immediate referral is required, and because of which points. */
export interface ScreeningResult {
  immediateReferral: boolean;
  reasons: ScreeningPoint[];
}

/**
 * Screens a nude or semi-nude image incident against the five points (R5): any "yes" means
 * an immediate referral to the police or children's social care, which must then be recorded.
 */
export function screenImages(answers: ScreeningAnswers): ScreeningResult {
  const reasons = screeningPoints.filter((p) => answers[p]);
  return { immediateReferral: reasons.length > 0, reasons };
}
