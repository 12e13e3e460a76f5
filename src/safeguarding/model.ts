/**
 * Safeguarding vocabularies: what a concern is about, where it came from, how it moves through
 * triage, who is involved and what the response matrix may propose. Each `as const` string is
 * at once the code name, the wire name and the database value. Runs in the browser too.
 */

/** A concern is about a learner's welfare, or an allegation about a member of staff (or volunteer). */
export const concernAbouts = ['learner', 'staff'] as const;
export type ConcernAbout = (typeof concernAbouts)[number];

/** How a concern reached the DSL team (R1); monitoring alerts will arrive as `monitoring`. */
export const concernRoutes = ['staff', 'learner', 'community', 'monitoring'] as const;
export type ConcernRoute = (typeof concernRoutes)[number];

/** Where a concern stands; closing needs an outcome. */
export const concernStatuses = ['new', 'in-progress', 'closed'] as const;
export type ConcernStatus = (typeof concernStatuses)[number];

/** The continuum of need the DSL sets at triage, with a rationale. */
export const concernLevels = ['universal', 'early-help', 'child-in-need', 'child-protection'] as const;
export type ConcernLevel = (typeof concernLevels)[number];

export const LEVEL_LABELS: Record<ConcernLevel, string> = {
  universal: '1 – universal: needs met by the school as usual',
  'early-help': '2 – early help: extra support in school or from partners',
  'child-in-need': '3 – child in need: referral for assessment',
  'child-protection': '4 – child protection: significant harm or its risk',
};

/** How a concern was closed. */
export const concernOutcomes = [
  'no-further-action',
  'resolved-in-school',
  'early-help',
  'referred-social-care',
  'referred-police',
  'referred-lado',
  'allegation-unfounded',
  'allegation-substantiated',
  'other',
] as const;
export type ConcernOutcome = (typeof concernOutcomes)[number];

/** The part a person plays in a concern. */
export const involvementParts = ['subject', 'alleged-perpetrator', 'witness', 'reporter'] as const;
export type InvolvementPart = (typeof involvementParts)[number];

/** Who a person in a concern is, when they are not (or not only) in the directory. */
export const involvedKinds = ['learner', 'staff', 'parent', 'visitor', 'other'] as const;
export type InvolvedKind = (typeof involvedKinds)[number];

/** Category groups: the response matrix's learner misuse, general safeguarding, staff allegations. */
export const categoryGroups = ['online-misuse', 'safeguarding', 'staff'] as const;
export type CategoryGroup = (typeof categoryGroups)[number];

/**
 * What the response matrix can propose for an incident: seed 000's learner response table,
 * one column each, in its order, then consulting the LADO (for allegations about staff, R4).
 */
export const matrixActionKinds = [
  'refer-class-teacher',
  'refer-computing-lead',
  'refer-headteacher',
  'refer-police-social-care',
  'refer-la-technical',
  'inform-parents',
  'remove-access',
  'warning',
  'further-sanction',
  'refer-lado',
] as const;
export type MatrixActionKind = (typeof matrixActionKinds)[number];

/** Every kind of action: the matrix's, plus `other` for actions the DSL adds by hand. */
export const actionKinds = [...matrixActionKinds, 'other'] as const;
export type ActionKind = (typeof actionKinds)[number];

export const ACTION_LABELS: Record<ActionKind, string> = {
  'refer-class-teacher': 'Involve the class teacher or tutor',
  'refer-computing-lead': 'Involve the computing lead',
  'refer-headteacher': 'Involve the headteacher',
  'refer-police-social-care': "Refer to the police or children's social care",
  'refer-la-technical': "Ask the local authority's technical support for advice or action",
  'inform-parents': 'Tell the parents or carers',
  'remove-access': 'Withdraw device, network or internet access',
  warning: 'Give a warning',
  'further-sanction': 'Apply a further sanction under the behaviour policy',
  'refer-lado': 'Consult the local authority designated officer (LADO)',
  other: 'Other action',
};

/**
 * What an action means in practice, where that needs saying. `remove-access` is a per-person
 * filtering restriction applied and audited by Haven (decisions.md).
 */
export const ACTION_NOTES: Partial<Record<ActionKind, string>> = {
  'remove-access':
    "Removes the person's network access for a set period: everything is blocked except the school's learning sites (illegal content stays blocked even there). Haven applies it as a filtering restriction, audited and shown in haven check; it ends by itself, or early from the filtering page or haven restrict end.",
  'refer-police-social-care': 'Record the referral itself (to whom, when, reference) under referrals.',
  'refer-lado': 'Within one working day of an allegation that may meet the harm threshold; record it under referrals (agency lado).',
};

/** Where an action stands; `not-needed` needs a note saying why. */
export const actionStatuses = ['open', 'done', 'not-needed'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Whether an action came from the response matrix or was added by hand. */
export const actionSources = ['matrix', 'manual'] as const;
export type ActionSource = (typeof actionSources)[number];

/** Outside agencies a concern is referred to (R4); the LADO and agencies are not users. */
export const referralAgencies = ['police', 'social-care', 'lado', 'prevent', 'ceop', 'early-help', 'other'] as const;
export type ReferralAgency = (typeof referralAgencies)[number];

/** Referrals that satisfy an escalation (R4: police or social care). */
export const ESCALATION_AGENCIES: readonly ReferralAgency[] = ['police', 'social-care'];

/** Who feedback was given to (R7). */
export const feedbackAudiences = ['reporter', 'learner', 'parent', 'other'] as const;
export type FeedbackAudience = (typeof feedbackAudiences)[number];

/**
 * The five points for immediate referral when nude or semi-nude images are shared (R5), in our
 * own words; any "yes" means the police or social care must be involved.
 */
export const screeningPoints = ['adult-involved', 'coercion-or-grooming', 'unusual-or-violent', 'under-13', 'immediate-risk'] as const;
export type ScreeningPoint = (typeof screeningPoints)[number];

export const SCREENING_LABELS: Record<ScreeningPoint, string> = {
  'adult-involved': 'An adult is involved',
  'coercion-or-grooming': 'There is coercion, blackmail or grooming, or doubt about capacity to consent',
  'unusual-or-violent': 'The acts are unusual for the young person’s stage of development, or violent',
  'under-13': 'The images involve anyone under 13',
  'immediate-risk': 'A young person is at immediate risk of harm (for example, of self-harm or suicide)',
};

/** Records of R9: information shared, devices searched, items confiscated. */
export const recordKinds = ['sharing', 'search', 'confiscation'] as const;
export type RecordKind = (typeof recordKinds)[number];

/** What a device investigation (R6) concluded. */
export const investigationDecisions = ['no-substance', 'internal-response', 'local-authority', 'police'] as const;
export type InvestigationDecision = (typeof investigationDecisions)[number];

/** Where a linked event came from. */
export const eventSources = ['filtering', 'monitoring'] as const;
export type EventSource = (typeof eventSources)[number];

/** Who an outbox notification is for; the notifier resolves roles to people. */
export const notificationRecipients = ['dsl-team', 'headteacher', 'chair-of-governors'] as const;
export type NotificationRecipient = (typeof notificationRecipients)[number];

/** What an outbox notification is about (never a name or any text: decisions.md). */
export const notificationKinds = ['concern.received', 'concern.escalated', 'break-glass.opened', 'transfer.received'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Timeline entry kinds: the chronology is built from these, in order. */
export const timelineKinds = [
  'reported',
  'triaged',
  'status',
  'assigned',
  'person-added',
  'person-removed',
  'note',
  'feedback',
  'action-added',
  'action-updated',
  'escalated',
  'referral',
  'screening',
  'attachment-added',
  'attachment-deleted',
  'event-linked',
  'record',
  'investigation',
  'moved',
  'break-glass',
  'transfer',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** Where a transfer of a learner's file (R10) stands, as its sender sees it. */
export const transferStatuses = ['awaiting-download', 'downloaded', 'received', 'expired'] as const;
export type TransferStatus = (typeof transferStatuses)[number];

/** What happened to a transfer, as written on the timeline of each concern it carried. */
export const transferEvents = ['sent', 'downloaded', 'received'] as const;
export type TransferEvent = (typeof transferEvents)[number];

/** How long a transfer link stays valid, and how long after the download a receipt is accepted. */
export const TRANSFER_LINK_DAYS = 14;

/**
 * Child-friendly topics on the learner form, each mapped to a category the DSL can change at
 * triage. The labels are the words a child sees.
 */
export const learnerTopics = ['unkind-online', 'pictures', 'stranger-contact', 'upsetting-content', 'feeling-low', 'hurt-or-unsafe', 'something-else'] as const;
export type LearnerTopic = (typeof learnerTopics)[number];

export const LEARNER_TOPIC_LABELS: Record<LearnerTopic, string> = {
  'unkind-online': 'Someone is being unkind or mean online',
  pictures: 'Someone has asked for, sent or shared private pictures',
  'stranger-contact': 'Someone I do not know is messaging me',
  'upsetting-content': 'I saw something online that upset me',
  'feeling-low': 'I feel sad, worried or low',
  'hurt-or-unsafe': 'Someone is hurting me or I do not feel safe',
  'something-else': 'Something else',
};

export const LEARNER_TOPIC_CATEGORY: Record<LearnerTopic, string> = {
  'unkind-online': 'abusive-messages',
  pictures: 'nude-images',
  'stranger-contact': 'online-safety',
  'upsetting-content': 'online-safety',
  'feeling-low': 'mental-health',
  'hurt-or-unsafe': 'unclassified',
  'something-else': 'unclassified',
};

/** Relationship of a community reporter to the school. */
export const communityRelationships = ['parent', 'carer', 'visitor', 'volunteer', 'other'] as const;
export type CommunityRelationship = (typeof communityRelationships)[number];

/** The category a concern has until the DSL classifies it. */
export const UNCLASSIFIED = 'unclassified';

/** The category whose concerns follow the nude and semi-nude images flow (R5). */
export const NUDE_IMAGES = 'nude-images';

/**
 * Roles that may open a learner concern with break-glass (read-only, time-limited, audited,
 * DSL notified). Never staff allegations, never withheld images, never the IT roles.
 */
export const BREAK_GLASS_ROLES = ['headteacher', 'online-safety-lead'] as const;

/** Roles that count as senior staff for a device investigation (R6). */
export const SENIOR_ROLES = ['headteacher', 'dsl', 'deputy-dsl', 'online-safety-lead'] as const;

/** How long a break-glass grant lasts. */
export const BREAK_GLASS_MINUTES = 60;

/** A category in a school's list, with its response-matrix row. */
export interface Category {
  code: string;
  label: string;
  group: CategoryGroup;
  /** Response-matrix row: what to propose when a concern has this category. */
  actions: MatrixActionKind[];
  /** Concerns in this category are flagged for police or social care referral when reported. */
  escalate: boolean;
  active: boolean;
  version: number;
}

/** Type guards for the vocabularies, for parsing at the edges. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
