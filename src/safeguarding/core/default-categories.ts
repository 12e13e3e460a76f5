import type { CategoryGroup, MatrixActionKind } from '../model.ts';

/** One category as shipped; a school edits its own copy, with history. */
export interface DefaultCategory {
  code: string;
  label: string;
  group: CategoryGroup;
  actions: readonly MatrixActionKind[];
  escalate: boolean;
}

const T = 'refer-class-teacher';
const C = 'refer-computing-lead';
const H = 'refer-headteacher';
const P = 'refer-police-social-care';
const L = 'refer-la-technical';
const I = 'inform-parents';
const R = 'remove-access';
const W = 'warning';
const S = 'further-sanction';

/**
 * The categories a school starts with. The `online-misuse` rows carry seed 000's response
 * table for learner incidents (same incidents and marks, described in our own words); the
 * general safeguarding rows propose nothing by default, since the DSL decides case by case
 * (telling parents, for one, can put a child at risk); an allegation proposes consulting the LADO.
 */
export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  { code: 'illegal-material', label: 'Seeking out material that may be illegal', group: 'online-misuse', actions: [C, H, P], escalate: true },
  { code: 'account-misuse', label: "Using someone else's account, or sharing passwords", group: 'online-misuse', actions: [T, C, H], escalate: false },
  { code: 'data-damage', label: "Damaging or deleting other people's data", group: 'online-misuse', actions: [T, C, H, L], escalate: false },
  { code: 'abusive-messages', label: 'Offensive, harassing or bullying messages', group: 'online-misuse', actions: [T, C, H, I, S], escalate: false },
  { code: 'file-sharing', label: 'Downloading, uploading or sharing files without permission', group: 'online-misuse', actions: [T, C], escalate: false },
  { code: 'filter-bypass', label: "Getting round the school's filtering (proxies, VPNs and the like)", group: 'online-misuse', actions: [T, C, H, L, I, R, S], escalate: false },
  {
    code: 'unreported-accidental-access',
    label: 'Came across offensive or pornographic material by accident and did not say so',
    group: 'online-misuse',
    actions: [T, C, H, L, I],
    escalate: false,
  },
  { code: 'deliberate-offensive-access', label: 'Deliberately looking for offensive or pornographic material', group: 'online-misuse', actions: [T, C, H, P, L, I, R, W, S], escalate: false },
  { code: 'copyright-data-breach', label: 'Sharing material in breach of copyright or data protection law', group: 'online-misuse', actions: [T, C, H, L], escalate: false },
  { code: 'device-misuse', label: 'Using a device without permission, including taking photos or videos', group: 'online-misuse', actions: [T, C, H], escalate: false },
  { code: 'online-service-misuse', label: 'Using online services without permission', group: 'online-misuse', actions: [T, C, H], escalate: false },
  { code: 'reputation-harm', label: "Conduct that could harm the school's reputation or go against its values", group: 'online-misuse', actions: [T, C, H, L, I, W, S], escalate: false },
  { code: 'repeated-misuse', label: 'Misuse that carries on after warnings or sanctions', group: 'online-misuse', actions: [T, C, H, L, I, R, W, S], escalate: false },

  { code: 'unclassified', label: 'Not yet classified', group: 'safeguarding', actions: [], escalate: false },
  { code: 'neglect', label: 'Neglect', group: 'safeguarding', actions: [], escalate: false },
  { code: 'physical-abuse', label: 'Physical abuse', group: 'safeguarding', actions: [], escalate: false },
  { code: 'emotional-abuse', label: 'Emotional abuse', group: 'safeguarding', actions: [], escalate: false },
  { code: 'sexual-abuse', label: 'Sexual abuse', group: 'safeguarding', actions: [], escalate: true },
  { code: 'child-on-child-abuse', label: 'Child-on-child abuse', group: 'safeguarding', actions: [], escalate: false },
  { code: 'domestic-abuse', label: 'Domestic abuse', group: 'safeguarding', actions: [], escalate: false },
  { code: 'exploitation', label: 'Exploitation (sexual or criminal) and grooming', group: 'safeguarding', actions: [], escalate: true },
  { code: 'online-safety', label: 'Online safety', group: 'safeguarding', actions: [], escalate: false },
  { code: 'nude-images', label: 'Sharing nude or semi-nude images', group: 'safeguarding', actions: [], escalate: false },
  { code: 'radicalisation', label: 'Radicalisation and extremism', group: 'safeguarding', actions: [], escalate: false },
  { code: 'mental-health', label: 'Mental health and self-harm', group: 'safeguarding', actions: [], escalate: false },
  { code: 'attendance', label: 'Attendance and children missing education', group: 'safeguarding', actions: [], escalate: false },
  { code: 'other', label: 'Other safeguarding concern', group: 'safeguarding', actions: [], escalate: false },

  { code: 'allegation', label: 'Allegation that a member of staff may have harmed a child or be unsuitable', group: 'staff', actions: ['refer-lado'], escalate: false },
  { code: 'low-level-concern', label: 'Low-level concern about a member of staff', group: 'staff', actions: [], escalate: false },
  { code: 'staff-misuse', label: 'Misuse of technology by a member of staff', group: 'staff', actions: [], escalate: false },
];
