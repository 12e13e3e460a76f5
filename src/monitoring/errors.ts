import { AppError } from '../platform/errors.ts';

/** The monitoring capability's error codes; messages name the action and quote the bad input. */
export const monitoringErrors = {
  forbidden: (what: string) => new AppError('monitoring.forbidden', 'forbidden', `you may not ${what}`),
  alertNotFound: (id: string) => new AppError('monitoring.alert_not_found', 'not_found', `no alert ${JSON.stringify(id)}`),
  alertClosed: (id: string, status: string) => new AppError('monitoring.alert_closed', 'conflict', `alert ${JSON.stringify(id)} is already ${status}`),
  schoolRequired: () => new AppError('monitoring.school_required', 'invalid', 'say which school (schoolId): you act for more than one'),
  schoolNotFound: (id: string) => new AppError('monitoring.school_not_found', 'not_found', `no school ${JSON.stringify(id)}`),
  termInvalid: (message: string) => new AppError('monitoring.term_invalid', 'invalid', message),
  termNotFound: (id: string) => new AppError('monitoring.term_not_found', 'not_found', `no term ${JSON.stringify(id)}`),
  settingsInvalid: (message: string) => new AppError('monitoring.settings_invalid', 'invalid', message),
  importInvalid: (message: string) => new AppError('monitoring.import_invalid', 'invalid', message),
  weekInvalid: (week: string) => new AppError('monitoring.week_invalid', 'invalid', `week ${JSON.stringify(week)} is not a date (YYYY-MM-DD)`),
  reportNotFound: (week: string) => new AppError('monitoring.report_not_found', 'not_found', `no weekly report for the week of ${week}`),
  sinceInvalid: (since: string) => new AppError('monitoring.since_invalid', 'invalid', `since ${JSON.stringify(since)} is neither a duration (30m, 6h, 7d) nor an ISO time`),
  personRequired: () => new AppError('monitoring.person_required', 'invalid', 'an alert about an unknown user needs a person before it can become a concern: give personId'),
};
