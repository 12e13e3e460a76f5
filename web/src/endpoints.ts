/**
 * Every `/api/v1` call the dashboard makes, typed with the server's schemas ({@link ./types.ts}).
 * Screens call these, never `fetch`, so a changed schema breaks the typecheck, not a school.
 */
import { type ApiClient, apiUrl } from './api.ts';
import type {
  Account,
  ApiToken,
  ActionBody,
  ActionChangeBody,
  AttachmentBody,
  AttachmentResult,
  AuditPage,
  AuditQuery,
  AuditVerify,
  CatalogueSource,
  Category,
  CategoryBody,
  CheckResult,
  Chronology,
  CommunityReportBody,
  Concern,
  ConcernList,
  ConcernListQuery,
  FeedbackBody,
  Figures,
  FilterCategory,
  FilterChange,
  FilterList,
  FilterListDetail,
  FilterLog,
  FilterRule,
  FilterStatus,
  GovernorReport,
  GroupSummary,
  IdResult,
  ImportSummary,
  Involvement,
  LearnerReportBody,
  ListImport,
  LogSummary,
  LogSummaryQuery,
  LoginBody,
  Member,
  NewAccountBody,
  NewConcernBody,
  OidcButton,
  Person,
  PersonGroup,
  PublicReceipt,
  Receipt,
  RecordBody,
  RecoveryCodes,
  ReferralBody,
  RefreshResult,
  RuleBody,
  RulePatchBody,
  School,
  ScreeningBody,
  ScreeningResult,
  SelfTest,
  Session,
  SessionInfo,
  SetupBody,
  SetupResult,
  StatusBody,
  Topics,
  TotpEnrolment,
  TriageBody,
  TriageResult,
  Unblock,
  UnblockBody,
  UnblockCount,
} from './types.ts';

type Ok = { ok: true };
const enc = encodeURIComponent;

/** Sign-in, second factor, sessions and first-run setup. */
export const auth = {
  setupNeeded: (api: ApiClient) => api.get<{ needed: boolean }>('/setup'),
  setup: (api: ApiClient, body: SetupBody) => api.post<SetupResult>('/setup', body),
  providers: (api: ApiClient) => api.get<{ providers: OidcButton[] }>('/auth/oidc/providers'),
  /** Where an OIDC button sends the browser (a full navigation, not a fetch). */
  providerStartUrl: (providerId: string, returnTo: string) => apiUrl(`/auth/oidc/${enc(providerId)}/start`, { returnTo }),
  login: (api: ApiClient, body: LoginBody) => api.post<Session>('/auth/login', body),
  session: (api: ApiClient) => api.get<Session>('/auth/session'),
  logout: (api: ApiClient) => api.post<Ok>('/auth/logout'),
  logoutEverywhere: (api: ApiClient) => api.post<{ ended: number }>('/auth/logout-everywhere'),
  enrolTotp: (api: ApiClient) => api.post<TotpEnrolment>('/auth/mfa/totp/enrol'),
  confirmTotp: (api: ApiClient, code: string) => api.post<RecoveryCodes>('/auth/mfa/totp/confirm', { code }),
  verify: (api: ApiClient, body: { code: string } | { recoveryCode: string }) => api.post<Ok>('/auth/mfa/verify', body),
  changePassword: (api: ApiClient, currentPassword: string, newPassword: string) => api.post<Ok>('/auth/password', { currentPassword, newPassword }),
  sessions: (api: ApiClient) => api.get<{ sessions: SessionInfo[] }>('/auth/sessions'),
  endSession: (api: ApiClient, id: string) => api.delete<Ok>(`/auth/sessions/${enc(id)}`),
};

/** Staff accounts and their roles. */
export const accounts = {
  list: (api: ApiClient) => api.get<{ accounts: Account[] }>('/accounts'),
  create: (api: ApiClient, body: NewAccountBody) => api.post<Account>('/accounts', body),
  setStatus: (api: ApiClient, id: string, status: 'active' | 'disabled') => api.post<Account>(`/accounts/${enc(id)}/status`, { status }),
  resetPassword: (api: ApiClient, id: string, password: string) => api.post<Ok>(`/accounts/${enc(id)}/password`, { password }),
  setRoles: (api: ApiClient, id: string, roles: string[]) => api.put<Account>(`/accounts/${enc(id)}/roles`, { roles }),
};

/** The signed-in user's own API tokens for scripts (scopes are permissions they hold). */
export const tokens = {
  list: (api: ApiClient) => api.get<{ tokens: ApiToken[] }>('/tokens'),
  create: (api: ApiClient, body: { name: string; scopes: string[]; expiresInDays: number | null }) => api.post<{ token: string; record: ApiToken }>('/tokens', body),
  revoke: (api: ApiClient, id: string) => api.delete<Ok>(`/tokens/${enc(id)}`),
};

/** A person recorded by hand (the import is the usual way). */
export type NewPersonBody = Pick<Person, 'kind' | 'firstName' | 'lastName'> & Partial<Pick<Person, 'yearGroup' | 'email' | 'externalId' | 'dateOfBirth'>>;

export interface PeopleQuery {
  kind?: string;
  status?: string;
  search?: string;
  groupId?: string;
  limit?: number;
  offset?: number;
}

/** Schools, people, groups and the CSV import. */
export const directory = {
  schools: (api: ApiClient) => api.get<{ schools: School[] }>('/schools'),
  people: (api: ApiClient, query: PeopleQuery) => api.get<{ people: Person[]; total: number }>('/people', { ...query }),
  person: (api: ApiClient, id: string) => api.get<Person>(`/people/${enc(id)}`),
  createPerson: (api: ApiClient, body: NewPersonBody) => api.post<Person>('/people', body),
  updatePerson: (api: ApiClient, id: string, patch: Partial<Pick<Person, 'status' | 'yearGroup' | 'email'>>) => api.patch<Person>(`/people/${enc(id)}`, patch),
  groupsOf: (api: ApiClient, id: string) => api.get<{ groups: PersonGroup[] }>(`/people/${enc(id)}/groups`),
  groups: (api: ApiClient) => api.get<{ groups: GroupSummary[] }>('/groups'),
  group: (api: ApiClient, id: string) => api.get<GroupSummary>(`/groups/${enc(id)}`),
  createGroup: (api: ApiClient, body: { name: string; kind: string }) => api.post<GroupSummary>('/groups', body),
  members: (api: ApiClient, id: string) => api.get<{ members: Member[] }>(`/groups/${enc(id)}/members`),
  addMember: (api: ApiClient, groupId: string, personId: string) => api.put<{ changed: boolean }>(`/groups/${enc(groupId)}/members/${enc(personId)}`),
  removeMember: (api: ApiClient, groupId: string, personId: string) => api.delete<{ changed: boolean }>(`/groups/${enc(groupId)}/members/${enc(personId)}`),
  importPeople: (api: ApiClient, file: Blob, options: { dryRun: boolean; skipInvalid: boolean; markLeft: boolean }) =>
    api.upload<ImportSummary>('/people/import', file, 'text/csv', options),
};

/** The audit log. */
export const audit = {
  list: (api: ApiClient, query: AuditQuery) => api.get<AuditPage>('/audit', { ...query }),
  verify: (api: ApiClient) => api.get<AuditVerify>('/audit/verify'),
};

/** Safeguarding: reporting, triage, the record of a concern, chronology and figures. */
export const concerns = {
  topics: (api: ApiClient) => api.get<Topics>('/report/topics'),
  reportAsLearner: (api: ApiClient, body: LearnerReportBody) => api.post<PublicReceipt>('/report/learner', body),
  reportAsCommunity: (api: ApiClient, body: CommunityReportBody) => api.post<PublicReceipt>('/report/community', body),
  report: (api: ApiClient, body: NewConcernBody) => api.post<Receipt>('/concerns', body),
  list: (api: ApiClient, query: ConcernListQuery) => api.get<ConcernList>('/concerns', { ...query }),
  get: (api: ApiClient, id: string) => api.get<Concern>(`/concerns/${enc(id)}`),
  categories: (api: ApiClient) => api.get<{ categories: Category[] }>('/safeguarding/categories'),
  saveCategory: (api: ApiClient, code: string, body: CategoryBody) => api.put<Category>(`/safeguarding/categories/${enc(code)}`, body),
  triage: (api: ApiClient, id: string, body: TriageBody) => api.patch<TriageResult>(`/concerns/${enc(id)}`, body),
  setStatus: (api: ApiClient, id: string, body: StatusBody) => api.post<Ok>(`/concerns/${enc(id)}/status`, body),
  addNote: (api: ApiClient, id: string, text: string) => api.post<IdResult>(`/concerns/${enc(id)}/notes`, { text }),
  addFeedback: (api: ApiClient, id: string, body: FeedbackBody) => api.post<IdResult>(`/concerns/${enc(id)}/feedback`, body),
  addPerson: (api: ApiClient, id: string, body: Involvement) => api.post<IdResult>(`/concerns/${enc(id)}/people`, body),
  removePerson: (api: ApiClient, id: string, involvementId: string) => api.delete<Ok>(`/concerns/${enc(id)}/people/${enc(involvementId)}`),
  addAction: (api: ApiClient, id: string, body: ActionBody) => api.post<IdResult>(`/concerns/${enc(id)}/actions`, body),
  updateAction: (api: ApiClient, id: string, actionId: string, body: ActionChangeBody) => api.patch<Ok>(`/concerns/${enc(id)}/actions/${enc(actionId)}`, body),
  escalate: (api: ApiClient, id: string, reason: string) => api.post<Ok>(`/concerns/${enc(id)}/escalation`, { reason }),
  addReferral: (api: ApiClient, id: string, body: ReferralBody) => api.post<IdResult>(`/concerns/${enc(id)}/referrals`, body),
  screen: (api: ApiClient, id: string, body: ScreeningBody) => api.post<ScreeningResult>(`/concerns/${enc(id)}/image-screenings`, body),
  addAttachment: (api: ApiClient, id: string, body: AttachmentBody) => api.post<AttachmentResult>(`/concerns/${enc(id)}/attachments`, body),
  /** A download link (the server always answers with `attachment`); withheld images need `reveal`. */
  attachmentUrl: (id: string, attachmentId: string, reveal: boolean) => apiUrl(`/concerns/${enc(id)}/attachments/${enc(attachmentId)}`, { reveal: reveal ? 'true' : undefined }),
  addRecord: (api: ApiClient, id: string, body: RecordBody) => api.post<IdResult>(`/concerns/${enc(id)}/records`, body),
  chronology: (api: ApiClient, personId: string) => api.get<Chronology>(`/safeguarding/chronology/${enc(personId)}`),
  exportUrl: (personId: string, format: 'pdf' | 'html') => apiUrl(`/safeguarding/chronology/${enc(personId)}/export`, { format }),
  figures: (api: ApiClient) => api.get<Figures>('/safeguarding/figures'),
  governorReport: (api: ApiClient, from: string, to: string) => api.get<GovernorReport>('/safeguarding/reports/governor', { from, to, format: 'json' }),
  governorReportUrl: (from: string, to: string, format: 'pdf' | 'html') => apiUrl('/safeguarding/reports/governor', { from, to, format }),
};

/** What the filter log is asked for (`since`: a duration such as `1h`, `24h`, `7d`, or an ISO time). */
export interface FilterLogQuery {
  since?: string;
  blocked?: 'true';
  group?: string;
  source?: 'dns' | 'proxy' | 'extension';
  limit?: number;
}

/** Filtering: the policy, checks, lists, unblock requests, the log and the self-test. */
export const filtering = {
  status: (api: ApiClient) => api.get<FilterStatus>('/filtering/status'),
  categories: (api: ApiClient) => api.get<{ categories: FilterCategory[] }>('/filtering/categories'),
  rules: (api: ApiClient) => api.get<{ rules: FilterRule[] }>('/filtering/rules'),
  createRule: (api: ApiClient, body: RuleBody) => api.post<FilterRule>('/filtering/rules', body),
  updateRule: (api: ApiClient, id: string, body: RulePatchBody) => api.patch<FilterRule>(`/filtering/rules/${enc(id)}`, body),
  deleteRule: (api: ApiClient, id: string, reason: string) => api.request<Ok>('DELETE', `/filtering/rules/${enc(id)}`, { query: { reason } }),
  changes: (api: ApiClient, limit = 20) => api.get<{ changes: FilterChange[] }>('/filtering/changes', { limit }),
  check: (api: ApiClient, query: { host: string; group?: string; person?: string; at?: string }) => api.get<CheckResult>('/filtering/check', { ...query }),
  lists: (api: ApiClient) => api.get<{ lists: FilterList[] }>('/filtering/lists'),
  list: (api: ApiClient, id: string) => api.get<FilterListDetail>(`/filtering/lists/${enc(id)}`),
  importList: (api: ApiClient, file: Blob, query: { name: string; category: string; reason: string }, onProgress?: (sent: number, total: number) => void) =>
    api.uploadWithProgress<ListImport>('/filtering/lists/import', file, 'text/plain', query, onProgress),
  catalogue: (api: ApiClient) => api.get<{ sources: CatalogueSource[] }>('/filtering/catalogue'),
  subscribe: (api: ApiClient, source: string, reason: string) => api.post<ListImport>('/filtering/subscriptions', { source, reason }),
  refreshList: (api: ApiClient, id: string) => api.post<RefreshResult>(`/filtering/lists/${enc(id)}/refresh`),
  unblocks: (api: ApiClient, status?: string) => api.get<{ unblocks: Unblock[] }>('/filtering/unblocks', { status }),
  unblockCounts: (api: ApiClient, since?: string) => api.get<{ counts: UnblockCount[] }>('/filtering/unblocks/counts', { since }),
  requestUnblock: (api: ApiClient, body: UnblockBody) => api.post<Unblock>('/filtering/unblocks', body),
  approveUnblock: (api: ApiClient, id: string, note: string) => api.post<Unblock>(`/filtering/unblocks/${enc(id)}/approve`, { note }),
  refuseUnblock: (api: ApiClient, id: string, note: string) => api.post<Unblock>(`/filtering/unblocks/${enc(id)}/refuse`, { note }),
  runSelfTest: (api: ApiClient) => api.post<SelfTest>('/filtering/self-test', {}),
  selfTests: (api: ApiClient, limit = 10) => api.get<{ results: SelfTest[] }>('/filtering/self-tests', { limit }),
  log: (api: ApiClient, query: FilterLogQuery) => api.get<FilterLog>('/filtering/log', { ...query }),
  summary: (api: ApiClient, query: LogSummaryQuery) => api.get<LogSummary>('/filtering/log/summary', { ...query }),
};

// ---- Monitoring (issue 10) ----
import type {
  AcknowledgeBody,
  AlertDetail,
  AlertListQuery,
  AlertSummary,
  AlertTriageResult,
  EscalateBody,
  FalsePositiveBody,
  MonitoringSettings,
  MonitoringSettingsBody,
  MonitoringTerm,
  MonitoringTermBody,
  WeeklyReport,
} from './types.ts';

/** Monitoring: alerts and their triage, the weekly report, the school's settings and terms (every read audited). */
export const monitoring = {
  alerts: (api: ApiClient, query: AlertListQuery) => api.get<{ alerts: AlertSummary[] }>('/monitoring/alerts', { ...query }),
  alert: (api: ApiClient, id: string) => api.get<AlertDetail>(`/monitoring/alerts/${enc(id)}`),
  acknowledge: (api: ApiClient, id: string, body: AcknowledgeBody) => api.post<AlertTriageResult>(`/monitoring/alerts/${enc(id)}/acknowledge`, body),
  falsePositive: (api: ApiClient, id: string, body: FalsePositiveBody) => api.post<AlertTriageResult>(`/monitoring/alerts/${enc(id)}/false-positive`, body),
  escalate: (api: ApiClient, id: string, body: EscalateBody) => api.post<AlertTriageResult>(`/monitoring/alerts/${enc(id)}/escalate`, body),
  weekly: (api: ApiClient, week?: string) => api.get<WeeklyReport>('/monitoring/reports/weekly', { week }),
  /** The same report as a page of its own (charts as inline SVG), opened in a new tab. */
  weeklyHtmlUrl: (week?: string) => apiUrl('/monitoring/reports/weekly/html', { week }),
  settings: (api: ApiClient) => api.get<MonitoringSettings>('/monitoring/settings'),
  saveSettings: (api: ApiClient, body: MonitoringSettingsBody) => api.put<MonitoringSettings>('/monitoring/settings', body),
  terms: (api: ApiClient) => api.get<{ terms: MonitoringTerm[] }>('/monitoring/terms'),
  addTerm: (api: ApiClient, body: MonitoringTermBody) => api.post<MonitoringTerm>('/monitoring/terms', body),
  removeTerm: (api: ApiClient, id: string) => api.delete<Ok>(`/monitoring/terms/${enc(id)}`),
  /** The live stream (server-sent events) the dashboard listens on while it is open. */
  liveUrl: () => apiUrl('/live'),
};
