import { z } from 'zod';
import { groupKinds, importChangeActions, membershipSources, oidcKinds, personKinds, roles } from './model.ts';

/** Request and response schemas for identity's routes (shared with the dashboard). */
export const loginBody = z.object({ email: z.string().min(3).max(254), password: z.string().min(1).max(1024) });

export const accountSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  personId: z.string().nullable(),
  email: z.string(),
  displayName: z.string(),
  status: z.enum(['active', 'disabled']),
  roles: z.array(z.object({ role: z.enum(roles), schoolId: z.string() })),
  mfaEnabled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});

export const mfaStateSchema = z.enum(['satisfied', 'verify', 'enrol']);

export const sessionResponse = z.object({
  account: accountSchema,
  mfa: mfaStateSchema,
  csrfToken: z.string(),
  permissions: z.array(z.string()),
  expiresAt: z.string().optional(),
});

export const setupBody = z.object({
  token: z.string().min(10).max(200),
  organisationName: z.string().min(1).max(200).optional(),
  organisationKind: z.enum(['school', 'trust', 'local-authority']).optional(),
  schoolName: z.string().min(1).max(200),
  urn: z.string().max(20).optional(),
  email: z.string().min(3).max(254),
  displayName: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export const newAccountBody = z.object({
  email: z.string().min(3).max(254),
  displayName: z.string().min(1).max(200).optional(),
  password: z.string().min(1).max(1024).optional(),
  roles: z.array(z.enum(roles)).min(1),
  schoolId: z.string().optional(),
  personId: z.string().nullable().optional(),
});

export const tokenSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const personSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  externalId: z.string().nullable(),
  kind: z.enum(personKinds),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  email: z.string().nullable(),
  yearGroup: z.string().nullable(),
  status: z.enum(['active', 'left']),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const groupSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  name: z.string(),
  kind: z.enum(groupKinds),
  priority: z.number(),
  template: z.enum(['learners', 'staff', 'guests']).nullable(),
});

export const okSchema = z.object({ ok: z.literal(true) });

/** The first-run setup's answer. */
export const setupResultSchema = z.object({ accountId: z.string(), schoolId: z.string() });

/** Authenticator-app enrolment: the secret (shown once, also as an otpauth URI for a QR code). */
export const totpEnrolmentSchema = z.object({ secret: z.string(), uri: z.string() });
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** One of your open sessions. */
export const sessionInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

/** A sign-in provider as the login page lists it. */
export const oidcButtonSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(oidcKinds) });

/** Directory responses (schools, groups, memberships, the people import). */
export const schoolSchema = z.object({ id: z.string(), organisationId: z.string(), name: z.string(), urn: z.string().nullable(), createdAt: z.string() });
export const groupSummarySchema = groupSchema.extend({ memberCount: z.number() });
export const memberSchema = z.object({ person: personSchema, source: z.enum(membershipSources), since: z.string() });
export const personGroupSchema = z.object({ group: groupSchema, source: z.enum(membershipSources), since: z.string() });
export const importSummarySchema = z.object({
  schoolId: z.string(),
  sha256: z.string(),
  dryRun: z.boolean(),
  rejected: z.boolean(),
  written: z.boolean(),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  invalid: z.number(),
  groupsCreated: z.number(),
  membershipsAdded: z.number(),
  membershipsRemoved: z.number(),
  notInFile: z.number(),
  markedLeft: z.number(),
  ignoredColumns: z.array(z.string()),
  errors: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
  changes: z.array(
    z.object({ action: z.enum(importChangeActions), line: z.number().nullable(), externalId: z.string().nullable(), group: z.string().nullable(), fields: z.array(z.string()) }),
  ),
});
