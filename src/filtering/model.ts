/**
 * The filtering vocabulary shared by the server, the dashboard, the block page and the Chrome
 * extension: categories, the acceptable-use levels, policy rules, group templates and the shape
 * of a decision. Pure data and types only; no Node modules, so the browser can import it.
 */

/** Every category Haven knows, in display order; the string is the wire, database and UI name. */
export const CATEGORIES = [
  'child-abuse',
  'terrorism',
  'pornography',
  'discrimination',
  'drugs',
  'extremism',
  'gambling',
  'malware',
  'piracy',
  'self-harm',
  'violence',
  'circumvention',
  'social-media',
  'games',
  'streaming',
  'chat',
  'dating',
  'shopping',
  'ads-tracking',
  'finance',
  'health',
] as const;
/** One category name from {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** What the UI and the block page say about a category, and how it is treated by default. */
export interface CategoryInfo {
  readonly label: string;
  readonly description: string;
  /** Unlawful content: blocked for everyone, always; no rule, approval or nomination opens it. */
  readonly illegal: boolean;
  /** Blocked for everyone unless a rule says otherwise (illegal categories are harmful too). */
  readonly harmful: boolean;
  /** Allowed unless a rule blocks it (the opposite of `harmful`). */
  readonly optional: boolean;
}

const harmful = (label: string, description: string): CategoryInfo => ({ label, description, illegal: false, harmful: true, optional: false });
const optional = (label: string, description: string): CategoryInfo => ({ label, description, illegal: false, harmful: false, optional: true });

/** Label, description and default treatment of every category. */
export const CATEGORY_INFO: { readonly [C in Category]: CategoryInfo } = {
  'child-abuse': {
    label: 'Child sexual abuse content',
    description: 'Child sexual abuse material on the Internet Watch Foundation (IWF) list; illegal.',
    illegal: true,
    harmful: true,
    optional: false,
  },
  terrorism: {
    label: 'Unlawful terrorist content',
    description: 'Content assessed by the police as unlawful terrorist material; illegal.',
    illegal: true,
    harmful: true,
    optional: false,
  },
  pornography: harmful('Pornography', 'Sexually explicit images, video and text.'),
  discrimination: harmful('Discrimination', 'Content promoting hatred or unfair treatment of people for who they are.'),
  drugs: harmful('Drugs', 'Promotion or supply of illegal drugs and substance misuse.'),
  extremism: harmful('Extremism', 'Extremist ideology, radicalisation and recruitment.'),
  gambling: harmful('Gambling', 'Betting, casinos, lotteries and other games of chance for money.'),
  malware: harmful('Malware, hacking and phishing', 'Sites that spread malware, teach intrusion or steal credentials.'),
  piracy: harmful('Piracy and copyright theft', 'Unlicensed copies of software, music, films and books.'),
  'self-harm': harmful('Self-harm and suicide', 'Content promoting self-harm, suicide or eating disorders.'),
  violence: harmful('Violence and weapons', 'Graphic violence, and making or obtaining weapons.'),
  circumvention: harmful('Circumvention', 'Proxies, VPNs and encrypted DNS resolvers (DoH/DoT) that bypass the filter.'),
  'social-media': optional('Social media', 'Social networks and sharing platforms.'),
  games: optional('Games', 'Online and downloadable games.'),
  streaming: optional('Streaming', 'Video and audio streaming services.'),
  chat: optional('Chat', 'Instant messaging and chat rooms.'),
  dating: optional('Dating', 'Dating and matchmaking services.'),
  shopping: optional('Shopping', 'Online shops and auctions.'),
  'ads-tracking': optional('Advertising and tracking', 'Ad servers, trackers and analytics beacons.'),
  finance: optional('Finance', 'Banks and financial services; usually exempt from TLS inspection.'),
  health: optional('Health', 'Health services and advice; usually exempt from TLS inspection.'),
};

/** The categories no one can ever allow: IWF child abuse content and police-assessed terrorist content. */
export const ILLEGAL_CATEGORIES = ['child-abuse', 'terrorism'] as const satisfies readonly Category[];

/** True for a string that names a category. */
export function isCategory(value: string): value is Category {
  return CATEGORIES.some((c) => c === value);
}

/** True for the categories in {@link ILLEGAL_CATEGORIES}. */
export function isIllegalCategory(category: Category): boolean {
  return CATEGORY_INFO[category].illegal;
}

/** The five levels of a school's acceptable-use table, from most to least permissive. */
export const RULE_LEVELS = [
  'allowed',
  'allowed-at-certain-times',
  'allowed-for-nominated-users',
  'blocked',
  'blocked-illegal',
] as const;
/** One level from {@link RULE_LEVELS}. */
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** The acceptable-use table's own words for each level, for the dashboard and reports. */
export const RULE_LEVEL_LABELS: { readonly [L in RuleLevel]: string } = {
  allowed: 'Acceptable',
  'allowed-at-certain-times': 'Acceptable at certain times',
  'allowed-for-nominated-users': 'Acceptable for nominated users',
  blocked: 'Unacceptable',
  'blocked-illegal': 'Unacceptable and illegal',
};

/** Safe-search strength the DNS filter and proxy enforce on search engines and YouTube. */
export const SAFE_SEARCH_LEVELS = ['strict', 'moderate', 'off'] as const;
/** One level from {@link SAFE_SEARCH_LEVELS}; `strict` also means YouTube strict restricted mode. */
export type SafeSearchLevel = (typeof SAFE_SEARCH_LEVELS)[number];

/** What a rule is about: a whole category, or a site (a host and its subdomains, optionally a path prefix). */
export type RuleTarget =
  | { readonly kind: 'category'; readonly category: Category }
  /** `example.com`, or `example.com/path` (a path only applies where the full URL is known). */
  | { readonly kind: 'site'; readonly site: string };

/** Whom a rule is for: a group (by id) or one person (by id). */
export type RuleSubject =
  | { readonly kind: 'group'; readonly group: string }
  | { readonly kind: 'person'; readonly person: string };

/** A weekly window in Europe/London wall time: weekday 0 = Sunday … 6 = Saturday, `HH:MM` start (inclusive) to end (exclusive, `24:00` allowed). */
export interface TimeWindow {
  readonly weekday: number;
  readonly start: string;
  readonly end: string;
}

/** The people and groups (ids or names) a `allowed-for-nominated-users` rule admits. */
export interface Nomination {
  readonly people?: readonly string[];
  readonly groups?: readonly string[];
}

/** One line of the policy: for this subject, this target is at this level. */
export interface PolicyRule {
  readonly id: string;
  readonly subject: RuleSubject;
  readonly target: RuleTarget;
  readonly level: RuleLevel;
  /** Required for `allowed-at-certain-times`: when it is allowed. */
  readonly windows?: readonly TimeWindow[];
  /** Required for `allowed-for-nominated-users`: who is allowed. */
  readonly nominated?: Nomination;
}

/** An approved temporary unblock (F5): opens a site or category for a group or person between two instants. */
export interface UnblockApproval {
  readonly id: string;
  readonly subject: RuleSubject;
  readonly target: RuleTarget;
  /** Epoch milliseconds, inclusive. */
  readonly startsAt: number;
  /** Epoch milliseconds, exclusive. */
  readonly endsAt: number;
}

/** Why a person's network access was removed; the code is stored and audited, the words stay in the change history. */
export const RESTRICTION_REASONS = ['safeguarding', 'behaviour', 'acceptable-use', 'other'] as const;
/** One reason code from {@link RESTRICTION_REASONS}. */
export type RestrictionReason = (typeof RESTRICTION_REASONS)[number];

/** What a restricted person may still reach: today only the school's learning sites. */
export const RESTRICTION_ALLOWANCES = ['learning-sites'] as const;
/** One allowance from {@link RESTRICTION_ALLOWANCES}. */
export type RestrictionAllowance = (typeof RESTRICTION_ALLOWANCES)[number];

/** "Remove network access" (response matrix): for one person, everything but the school's learning sites is blocked between two instants. */
export interface AccessRestriction {
  readonly id: string;
  readonly personId: string;
  /** The school whose learning sites stay open. */
  readonly schoolId: string;
  /** Epoch milliseconds, inclusive. */
  readonly startsAt: number;
  /** Epoch milliseconds, exclusive (the earlier of the planned end and when it was ended by hand). */
  readonly endsAt: number;
  readonly reasonCode: RestrictionReason;
  readonly allowSites: RestrictionAllowance;
}

/** A school's learning sites: hosts (and their subdomains) a restricted person may still reach. */
export interface LearningSites {
  readonly schoolId: string;
  readonly sites: readonly string[];
}

/** The built-in starting policies a group can take. */
export const GROUP_TEMPLATE_IDS = ['learners', 'staff', 'guests'] as const;
/** One template from {@link GROUP_TEMPLATE_IDS}. */
export type GroupTemplateId = (typeof GROUP_TEMPLATE_IDS)[number];

/**
 * A group as the policy sees it. Its kind and priority belong to identity (the `groups` table):
 * the priority is always given, never defaulted here, so the two can never disagree.
 */
export interface PolicyGroup {
  readonly id: string;
  readonly name: string;
  /** Higher wins; identity's `GROUP_PRIORITY` gives each kind its default. */
  readonly priority: number;
  /** Rules this group starts with; its own rules for the same category replace them. */
  readonly template?: GroupTemplateId;
  /** Overrides the template's safe-search level. */
  readonly safeSearch?: SafeSearchLevel;
}

/** A template's category levels and safe-search strength. */
export interface GroupTemplate {
  readonly id: GroupTemplateId;
  readonly label: string;
  readonly description: string;
  readonly levels: { readonly [C in Category]?: RuleLevel };
  readonly safeSearch: SafeSearchLevel;
}

/** Every harmful, non-illegal category at `blocked`: the common base of all three templates. */
const HARMFUL_BLOCKED = {
  pornography: 'blocked',
  discrimination: 'blocked',
  drugs: 'blocked',
  extremism: 'blocked',
  gambling: 'blocked',
  malware: 'blocked',
  piracy: 'blocked',
  'self-harm': 'blocked',
  violence: 'blocked',
  circumvention: 'blocked',
} as const satisfies { readonly [C in Category]?: RuleLevel };

/** The three templates: learners, staff and guests. Illegal categories need no template line: they are always blocked. */
export const GROUP_TEMPLATES: { readonly [T in GroupTemplateId]: GroupTemplate } = {
  learners: {
    id: 'learners',
    label: 'Learners',
    description: 'Harmful categories and social media blocked; strict safe search and YouTube restricted mode.',
    levels: { ...HARMFUL_BLOCKED, 'social-media': 'blocked' },
    safeSearch: 'strict',
  },
  staff: {
    id: 'staff',
    label: 'Staff',
    description: 'Harmful categories blocked; social media allowed; moderate safe search.',
    levels: { ...HARMFUL_BLOCKED, 'social-media': 'allowed' },
    safeSearch: 'moderate',
  },
  guests: {
    id: 'guests',
    label: 'Guests and visitors',
    description: 'Strict: harmful categories plus social media, games, streaming, chat and dating blocked.',
    levels: {
      ...HARMFUL_BLOCKED,
      'social-media': 'blocked',
      games: 'blocked',
      streaming: 'blocked',
      chat: 'blocked',
      dating: 'blocked',
    },
    safeSearch: 'strict',
  },
};

/** Formats of list file Haven reads; `auto` (parser option) picks one from a sample. */
export const LIST_FORMATS = ['plain', 'hosts', 'adblock', 'urls'] as const;
/** One format from {@link LIST_FORMATS}. */
export type ListFormat = (typeof LIST_FORMATS)[number];

/** The outcome of a decision. */
export const VERDICTS = ['allow', 'block'] as const;
/** One verdict from {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number];

/** The stages a decision passes through, in order; each explain step names one. */
export const EXPLAIN_STAGES = ['host', 'identity', 'list', 'illegal', 'restriction', 'site', 'category', 'default'] as const;
/** One stage from {@link EXPLAIN_STAGES}. */
export type ExplainStage = (typeof EXPLAIN_STAGES)[number];

/** What one considered rule or list did: decided (`allow`/`block`), matched, was outranked (`shadowed`) or did not apply (`skipped`). */
export const EXPLAIN_EFFECTS = ['allow', 'block', 'match', 'none', 'shadowed', 'skipped'] as const;
/** One effect from {@link EXPLAIN_EFFECTS}. */
export type ExplainEffect = (typeof EXPLAIN_EFFECTS)[number];

/** One line of a decision's explanation, for `haven check` and the block page. */
export interface ExplainStep {
  readonly stage: ExplainStage;
  readonly effect: ExplainEffect;
  readonly note: string;
  /** `person:<id>` or `group:<id>`. */
  readonly subject?: string;
  readonly rule?: string;
  readonly approval?: string;
  /** The access restriction this step applied. */
  readonly restriction?: string;
  readonly category?: Category;
  readonly list?: string;
  readonly entry?: string;
}

/** A filtering verdict that explains itself: the rule, list and category that caused it, and every step considered. */
export interface Decision {
  readonly verdict: Verdict;
  /** The host as matched (normalised: lower case, A-labels). */
  readonly host: string;
  readonly category?: Category;
  /** Id of the list whose entry decided (or categorised) the host. */
  readonly list?: string;
  /** The list entry that matched (the host itself or a parent domain, or `host/path`). */
  readonly entry?: string;
  /** Id of the rule that decided, if a rule did. */
  readonly rule?: string;
  /** Id of the unblock approval that opened it, if one did. */
  readonly approval?: string;
  /** Id of the access restriction ("remove network access") that blocked it, if one did. */
  readonly restriction?: string;
  readonly level?: RuleLevel;
  /** One human sentence. */
  readonly reason: string;
  readonly chain: readonly ExplainStep[];
  /** Safe-search strength for the caller to enforce if the host is a search engine or YouTube. */
  readonly safeSearch?: SafeSearchLevel;
  /** True when the host is a self-test canary name (`<category>.canary.haven.test`). */
  readonly canary?: boolean;
}

/** Where a client's identity came from: its registered device, its subnet, or the school's default group. */
export const IDENTITY_SOURCES = ['device', 'subnet', 'default'] as const;
/** One source from {@link IDENTITY_SOURCES}. */
export type IdentitySource = (typeof IDENTITY_SOURCES)[number];

/** Who is asking, as the identity map resolves a client address; the DNS filter and proxy pass it to `decideFor`. */
export interface ClientIdentity {
  schoolId: string;
  deviceId?: string;
  personId?: string;
  /** group ids, highest priority first */
  groups: readonly string[];
  source: IdentitySource;
  /** The subnet's proxy identity mode, when it asks more than `none` (design decisions: proxy identity per subnet). */
  identityMode?: IdentityMode;
}

/** Device classes of the mobile-technology matrix (F9). */
export const DEVICE_CLASSES = [
  'school-owned-individual',
  'school-owned-shared',
  'authorised',
  'learner-owned',
  'staff-owned',
  'visitor-owned',
] as const;
/** One class from {@link DEVICE_CLASSES}. */
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

/** How the proxy learns who is behind an address in a subnet: not at all, a 407 challenge, or a sign-in page on the block page. */
export const IDENTITY_MODES = ['none', 'required', 'sign-in-page'] as const;
/** One mode from {@link IDENTITY_MODES}. */
export type IdentityMode = (typeof IDENTITY_MODES)[number];

/** Formats `haven lists import` accepts: the list formats, `ut1` for a UT1 directory, and `auto`. */
export const IMPORT_FORMATS = ['auto', ...LIST_FORMATS, 'ut1'] as const;
/** One format from {@link IMPORT_FORMATS}. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where a list comes from. */
export const LIST_SOURCE_KINDS = ['file', 'upload', 'url', 'catalogue'] as const;
/** One kind from {@link LIST_SOURCE_KINDS}. */
export type ListSourceKind = (typeof LIST_SOURCE_KINDS)[number];

/** The life of a change request: pending until approved or refused; an approved unblock expires by itself. */
export const REQUEST_STATUSES = ['pending', 'approved', 'refused', 'withdrawn', 'expired'] as const;
/** One status from {@link REQUEST_STATUSES}. */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * Categories a school must block for learners (UKSIC's appropriate-filtering list plus
 * circumvention): the self-test fails when any of them is open for a learners group.
 */
export const REQUIRED_CATEGORIES: readonly Category[] = CATEGORIES.filter((c) => CATEGORY_INFO[c].harmful);
