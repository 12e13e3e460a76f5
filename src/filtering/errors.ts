/**
 * Filtering's domain errors, each with a stable dotted code. Messages are lower case, name the
 * action and quote the bad input; they never carry a person's name.
 */
import { AppError, type FieldIssue } from '../platform/errors.ts';

/** Every filtering error the services throw. */
export const filteringErrors = {
  reasonRequired: (what: string) => new AppError('filtering.reason_required', 'invalid', `${what} needs a reason (3 to 500 characters)`),
  ruleInvalid: (message: string, issues?: FieldIssue[]) => new AppError('filtering.rule_invalid', 'invalid', `the rule is invalid: ${message}`, issues === undefined ? {} : { issues }),
  ruleNotFound: (id: string) => new AppError('filtering.rule_not_found', 'not_found', `no rule ${JSON.stringify(id)}`),
  illegalCategory: (what: string) =>
    new AppError('filtering.illegal_category', 'forbidden', `${what}: child abuse and terrorist content are always blocked; no rule, request or approval can change that`),
  schoolNotFound: (id: string) => new AppError('filtering.school_not_found', 'not_found', `no school ${JSON.stringify(id)}`),
  noSchool: () => new AppError('filtering.no_school', 'conflict', 'Haven has no school yet: complete the setup first'),
  groupNotFound: (ref: string) => new AppError('filtering.group_not_found', 'invalid', `no group ${JSON.stringify(ref)} in this school`),
  personNotFound: (ref: string) => new AppError('filtering.person_not_found', 'invalid', `no active person ${JSON.stringify(ref)} in this school`),
  listNotFound: (ref: string) => new AppError('filtering.list_not_found', 'not_found', `no list ${JSON.stringify(ref)}`),
  listInvalid: (message: string) => new AppError('filtering.list_invalid', 'invalid', `the list is invalid: ${message}`),
  listEmpty: (name: string) =>
    new AppError('filtering.list_empty', 'invalid', `${JSON.stringify(name)} has no usable entries: nothing was imported and the current version stays in force`),
  listCategoryMismatch: (name: string, category: string) =>
    new AppError('filtering.list_category_mismatch', 'conflict', `the list ${JSON.stringify(name)} holds ${category}: import under another name, or remove it first`),
  versionNotFound: (ref: string) => new AppError('filtering.version_not_found', 'not_found', `no earlier version ${JSON.stringify(ref)} of this list`),
  deviceInvalid: (message: string) => new AppError('filtering.device_invalid', 'invalid', `the device is invalid: ${message}`),
  deviceExists: (ip: string) => new AppError('filtering.device_exists', 'conflict', `a device with address ${ip} is already registered in this school`),
  deviceNotFound: (ref: string) => new AppError('filtering.device_not_found', 'not_found', `no device ${JSON.stringify(ref)}`),
  subnetInvalid: (message: string) => new AppError('filtering.subnet_invalid', 'invalid', `the subnet is invalid: ${message}`),
  subnetExists: (cidr: string) => new AppError('filtering.subnet_exists', 'conflict', `the subnet ${cidr} is already registered in this school`),
  subnetNotFound: (ref: string) => new AppError('filtering.subnet_not_found', 'not_found', `no subnet ${JSON.stringify(ref)}`),
  requestInvalid: (message: string) => new AppError('filtering.request_invalid', 'invalid', `the unblock request is invalid: ${message}`),
  requestNotFound: (id: string) => new AppError('filtering.request_not_found', 'not_found', `no unblock request ${JSON.stringify(id)}`),
  requestDecided: (id: string, status: string) => new AppError('filtering.request_decided', 'conflict', `unblock request ${id} is already ${status}`),
  ownRequest: () => new AppError('filtering.own_request', 'forbidden', 'someone other than the requester must approve or refuse an unblock request'),
  checkInvalid: (message: string) => new AppError('filtering.check_invalid', 'invalid', message),
  catalogueUnknown: (ref: string) => new AppError('filtering.catalogue_unknown', 'invalid', `no catalogue source ${JSON.stringify(ref)}: see haven lists catalogue`),
  restrictionInvalid: (message: string) => new AppError('filtering.restriction_invalid', 'invalid', `the access restriction is invalid: ${message}`),
  restrictionNotFound: (id: string) => new AppError('filtering.restriction_not_found', 'not_found', `no access restriction ${JSON.stringify(id)}`),
  restrictionEnded: (id: string) => new AppError('filtering.restriction_ended', 'conflict', `access restriction ${id} has already ended`),
  restrictionForbidden: () => new AppError('filtering.restriction_forbidden', 'forbidden', 'removing or restoring network access needs filtering:manage or concerns:triage'),
  learningSiteInvalid: (site: string) => new AppError('filtering.learning_site_invalid', 'invalid', `${JSON.stringify(site)} is not a host name (a learning site is a host and its subdomains)`),
  downloadFailed: (message: string) => new AppError('filtering.download_failed', 'unavailable', message),
};
