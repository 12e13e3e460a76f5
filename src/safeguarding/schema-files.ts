import { z } from 'zod';
import { transferStatuses } from './model.ts';
import { figuresSchema } from './schema-views.ts';

/** Request and response schemas for the child-protection file, reports, patterns and transfers. */

const id = z.string().min(1).max(64);
const n = z.string().nullable();
const dateOrTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const exportQuery = z.object({ format: z.enum(['html', 'pdf']).default('pdf') });

export const governorReportQuery = z.object({
  schoolId: id.optional(),
  from: dateOrTime.optional().describe('start of the period (a date, or a time); default 12 months before `to`'),
  to: dateOrTime.optional().describe('end of the period (a date counts the whole day); default now'),
  format: z.enum(['json', 'html', 'pdf']).default('json'),
});

export const patternsQuery = z.object({
  schoolId: id.optional(),
  days: z.coerce.number().int().min(1).max(730).optional().describe('length of the period, in days (default 90)'),
  repeat: z.coerce.number().int().min(2).max(100).optional().describe('concerns about one learner that count as repeat (default 3)'),
  rising: z.coerce.number().int().min(1).max(1000).optional().describe('fewest concerns for a category to count as rising (default 3)'),
  openDays: z.coerce.number().int().min(1).max(3650).optional().describe('open longer than this many days (default 30)'),
});

export const newTransferBody = z.object({
  personId: id,
  toSchool: z.string().trim().min(2).max(300).describe("the receiving school's name (and town or URN)"),
  toContact: z.string().trim().max(300).optional().describe("the receiving DSL's name or email, for the sender's record"),
  concernIds: z.array(id).min(1).max(500).optional().describe('only these concerns (default: every concern in the learner’s file)'),
});

export const transferParams = z.object({ id });
export const packageQuery = z.object({ token: z.string().min(10).max(200) });
export const receiptBody = z.object({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(2).max(200).describe('who at the receiving school confirms receipt'),
  role: z.string().trim().min(2).max(200).describe('their role, e.g. designated safeguarding lead'),
  school: z.string().trim().min(2).max(300).describe('the receiving school'),
});
export const transferListQuery = z.object({ personId: id.optional() });

const trend = z.object({ key: z.string(), current: z.number().nullable(), previous: z.number().nullable(), direction: z.enum(['up', 'down', 'same']).nullable() });

export const transferSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  personId: z.string(),
  learnerName: z.string(),
  toSchool: z.string(),
  toContact: n,
  status: z.enum(transferStatuses),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  expiresAt: z.string(),
  downloadedAt: n,
  receiptAt: n,
  receivedBy: z.object({ name: z.string(), role: z.string(), school: z.string() }).nullable(),
  concerns: z.array(z.string()),
  files: z.number(),
  packageBytes: z.number(),
  packageSha256: z.string(),
  keyId: z.string(),
});

export const createdTransferSchema = z.object({
  transfer: transferSchema,
  token: z.string().describe('shown once: the link token (single use, 14 days)'),
  key: z.string().describe('shown once: the transfer key, to pass to the receiving DSL by another channel'),
  downloadPath: z.string(),
  receiptPath: z.string(),
  downloadUrl: z.string(),
  receiptUrl: z.string(),
});

export const receiptResultSchema = z.object({ id: z.string(), receivedAt: z.string(), message: z.string() });

export const governorReportSchema = z.object({
  schoolName: z.string(),
  generatedAt: z.string(),
  current: figuresSchema,
  previous: figuresSchema,
  trend: z.object({
    total: z.object({ current: z.number(), previous: z.number(), direction: z.enum(['up', 'down', 'same']) }),
    byCategory: z.array(trend.extend({ label: z.string() })),
    byYearGroup: z.array(trend),
    byRoute: z.array(trend),
  }),
});

export const patternsSchema = z.object({
  schoolId: z.string(),
  window: z.object({ from: z.string(), to: z.string(), previousFrom: z.string(), days: z.number(), repeatAtLeast: z.number(), risingAtLeast: z.number(), openDays: z.number() }),
  repeat: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      yearGroup: n,
      count: z.number(),
      byCategory: z.array(z.object({ category: z.string(), label: z.string(), count: z.number() })),
      concerns: z.array(z.object({ id: z.string(), reference: z.string() })),
      lastAt: z.string(),
    }),
  ),
  rising: z.array(z.object({ category: z.string(), label: z.string(), current: z.number(), previous: z.number() })),
  longOpen: z.array(
    z.object({ id: z.string(), reference: z.string(), category: z.string(), label: z.string(), status: z.string(), openedAt: z.string(), daysOpen: z.number(), assignedTo: n }),
  ),
});
