/**
 * Every `/api/v1` call the dashboard makes, typed with the server's schemas ({@link ./types.ts}).
 * Screens call these, never `fetch`, so a changed schema breaks the typecheck, not a school.
 */
import { type ApiClient, apiUrl } from './api.ts';
import type {
  Account,
  ActionBody,
  ActionChangeBody,
  AttachmentBody,
  AttachmentResult,
  AuditPage,
  AuditQuery,
  AuditVerify,
  Category,
  Chronology,
  Concern,
  ConcernList,
  ConcernListQuery,
  FeedbackBody,
  Figures,
  GovernorReport,
  GroupSummary,
  IdResult,
  ImportSummary,
  Involvement,
  LearnerReportBody,
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
  School,
  ScreeningBody,
  ScreeningResult,
  Session,
  SessionInfo,
  SetupBody,
  SetupResult,
  StatusBody,
  Topics,
  TotpEnrolment,
  TriageBody,
  TriageResult,
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
  report: (api: ApiClient, body: NewConcernBody) => api.post<Receipt>('/concerns', body),
  list: (api: ApiClient, query: ConcernListQuery) => api.get<ConcernList>('/concerns', { ...query }),
  get: (api: ApiClient, id: string) => api.get<Concern>(`/concerns/${enc(id)}`),
  categories: (api: ApiClient) => api.get<{ categories: Category[] }>('/safeguarding/categories'),
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
