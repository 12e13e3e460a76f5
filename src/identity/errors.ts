import { AppError } from '../platform/errors.ts';

/** Identity's domain errors, each with a stable dotted code. */
export const identityErrors = {
  invalidCredentials: () => new AppError('identity.invalid_credentials', 'unauthenticated', 'the email or password is wrong'),
  throttled: (retryAfter: number) =>
    new AppError('identity.sign_in_throttled', 'too_many', `too many failed sign-ins: try again in ${retryAfter} s`, { retryAfter }),
  accountDisabled: () => new AppError('identity.account_disabled', 'unauthenticated', 'the account is disabled'),
  unauthenticated: () => new AppError('identity.unauthenticated', 'unauthenticated', 'sign in first'),
  sessionExpired: () => new AppError('identity.session_expired', 'unauthenticated', 'the session has expired: sign in again'),
  mfaRequired: () => new AppError('identity.mfa_required', 'forbidden', 'enter your second factor code first'),
  mfaEnrolmentRequired: () =>
    new AppError('identity.mfa_enrolment_required', 'forbidden', 'your role needs a second factor: enrol an authenticator app first'),
  mfaInvalid: () => new AppError('identity.mfa_invalid', 'unauthenticated', 'the code is wrong or was already used'),
  mfaNotEnrolling: () => new AppError('identity.mfa_not_enrolling', 'conflict', 'start enrolment first'),
  forbidden: (permission: string) => new AppError('identity.forbidden', 'forbidden', `this needs the ${permission} permission`),
  csrf: () => new AppError('identity.csrf_failed', 'forbidden', 'missing or wrong x-csrf-token header for a cookie session'),
  emailTaken: (email: string) => new AppError('identity.email_taken', 'conflict', `an account for ${JSON.stringify(email)} already exists`),
  accountNotFound: (ref: string) => new AppError('identity.account_not_found', 'not_found', `no account ${JSON.stringify(ref)}`),
  personNotFound: (ref: string) => new AppError('identity.person_not_found', 'not_found', `no person ${JSON.stringify(ref)}`),
  groupNotFound: (ref: string) => new AppError('identity.group_not_found', 'not_found', `no group ${JSON.stringify(ref)}`),
  schoolNotFound: (ref: string) => new AppError('identity.school_not_found', 'not_found', `no school ${JSON.stringify(ref)}`),
  noSchool: () => new AppError('identity.no_school', 'conflict', 'Haven is not set up yet: complete the setup first'),
  roleInvalid: (role: string) => new AppError('identity.role_invalid', 'invalid', `unknown role ${JSON.stringify(role)}`),
  scopeInvalid: (scope: string) => new AppError('identity.scope_invalid', 'invalid', `unknown scope ${JSON.stringify(scope)}`),
  scopeNotHeld: (scope: string) =>
    new AppError('identity.scope_not_held', 'forbidden', `a token cannot have ${JSON.stringify(scope)}: the account does not hold it`),
  tokenNotFound: (id: string) => new AppError('identity.token_not_found', 'not_found', `no token ${JSON.stringify(id)}`),
  setupDone: () => new AppError('identity.setup_done', 'conflict', 'Haven is already set up'),
  setupTokenInvalid: () => new AppError('identity.setup_token_invalid', 'unauthenticated', 'the setup link is invalid, used or expired'),
  passwordWrong: () => new AppError('identity.password_wrong', 'unauthenticated', 'the current password is wrong'),
  sessionNotFound: () => new AppError('identity.session_not_found', 'not_found', 'no such session'),
};
