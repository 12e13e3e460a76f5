/** Request and response schemas for access restrictions and learning sites (browser-safe: zod and model only). */
import { z } from 'zod';
import { RESTRICTION_ALLOWANCES, RESTRICTION_REASONS } from './model.ts';

const id = z.string().max(100);
const until = z.string().min(1).max(40).describe('ISO-8601 end, or a duration from the start: 90m, 6h, 2d, 1w');

/** `POST /filtering/restrictions`. */
export const restrictionBody = z.object({
  schoolId: id.optional(),
  person: id.describe('person id or external id (UPN)'),
  until,
  startsAt: z.string().max(40).optional().describe('ISO-8601; now when absent'),
  reasonCode: z.enum(RESTRICTION_REASONS).optional().describe('stored and audited; acceptable-use when absent'),
  reason: z.string().max(500).optional().describe("words for the change history; the reason code's sentence when absent"),
});

/** `GET /filtering/restrictions`. */
export const restrictionQuery = z.object({
  schoolId: id.optional(),
  person: id.optional(),
  active: z.enum(['true', 'false']).optional().describe('true: only those in force now'),
});

/** `POST /filtering/restrictions/:id/end`. */
export const restrictionEndBody = z.object({ reason: z.string().max(500).describe('why access is restored (3 to 500 characters)') });

/** One restriction. */
export const restrictionSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  personId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  reasonCode: z.enum(RESTRICTION_REASONS),
  allowSites: z.enum(RESTRICTION_ALLOWANCES),
  active: z.boolean(),
  createdAt: z.string(),
  createdBy: z.object({ type: z.string(), id: z.string().nullable() }),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
});

/** `PUT /filtering/learning-sites`: the whole list, with a reason. */
export const learningSitesBody = z.object({
  schoolId: id.optional(),
  sites: z.array(z.string().max(253)).max(2000).describe('host names; each covers its subdomains'),
  reason: z.string().max(500).describe('why: required for every policy change (3 to 500 characters)'),
});

/** A school's learning sites. */
export const learningSitesSchema = z.object({
  schoolId: z.string(),
  sites: z.array(z.object({ site: z.string(), addedAt: z.string(), addedBy: z.string().nullable() })),
  activeRestrictions: z.number(),
  warnings: z.array(z.string()),
});
