import { AppError } from '../platform/errors.ts';

/** Safeguarding's domain errors, each with a stable dotted code. */
export const safeguardingErrors = {
  /** Also what an invisible concern answers, so its existence does not leak. */
  concernNotFound: (ref: string) => new AppError('safeguarding.concern_not_found', 'not_found', `no concern ${JSON.stringify(ref)}`),
  chronologyNotFound: (id: string) => new AppError('safeguarding.person_not_found', 'not_found', `no learner ${JSON.stringify(id)} whose chronology you may read`),
  cursorInvalid: () => new AppError('safeguarding.cursor_invalid', 'invalid', 'the list cursor is not valid'),
  forbidden: (what: string) => new AppError('safeguarding.forbidden', 'forbidden', `you may not ${what}`),
  noAccess: () =>
    new AppError('safeguarding.no_access', 'forbidden', 'your role does not report or handle safeguarding concerns (governors see the anonymised figures)'),
  categoryUnknown: (code: string) => new AppError('safeguarding.category_unknown', 'invalid', `unknown or inactive category ${JSON.stringify(code)}`),
  categoryInvalid: (message: string) => new AppError('safeguarding.category_invalid', 'invalid', message),
  categoryNotFound: (code: string) => new AppError('safeguarding.category_not_found', 'not_found', `no category ${JSON.stringify(code)}`),
  personNotFound: (id: string) => new AppError('safeguarding.person_not_found', 'invalid', `no person ${JSON.stringify(id)} in this school`),
  accountNotFound: (ref: string) => new AppError('safeguarding.account_not_found', 'invalid', `no active account ${JSON.stringify(ref)} in this school`),
  schoolRequired: () => new AppError('safeguarding.school_required', 'invalid', 'this installation has several schools: say which one (schoolId)'),
  schoolNotFound: (id: string) => new AppError('safeguarding.school_not_found', 'invalid', `no school ${JSON.stringify(id)}`),
  subjectRequired: (part: string) => new AppError('safeguarding.subject_required', 'invalid', `name at least one person as ${part}`),
  involvementInvalid: (message: string) => new AppError('safeguarding.involvement_invalid', 'invalid', message),
  involvementNotFound: (id: string) => new AppError('safeguarding.involvement_not_found', 'not_found', `no person ${JSON.stringify(id)} on this concern`),
  levelRationaleRequired: () => new AppError('safeguarding.rationale_required', 'invalid', 'setting a level needs a rationale'),
  cannotClose: (blockers: string[]) =>
    new AppError('safeguarding.cannot_close', 'conflict', `the concern cannot close yet: ${blockers.join(', ')}`, { details: { blockers } }),
  statusInvalid: (from: string, to: string) => new AppError('safeguarding.status_invalid', 'conflict', `a concern cannot go from ${from} to ${to}`),
  reasonRequired: (what: string) => new AppError('safeguarding.reason_required', 'invalid', `${what} needs a reason`),
  closed: () => new AppError('safeguarding.concern_closed', 'conflict', 'the concern is closed: reopen it first'),
  actionNotFound: (id: string) => new AppError('safeguarding.action_not_found', 'not_found', `no action ${JSON.stringify(id)} on this concern`),
  actionInvalid: (message: string) => new AppError('safeguarding.action_invalid', 'invalid', message),
  attachmentNotFound: (id: string) => new AppError('safeguarding.attachment_not_found', 'not_found', `no attachment ${JSON.stringify(id)} on this concern`),
  attachmentInvalid: (message: string) => new AppError('safeguarding.attachment_invalid', 'invalid', message),
  imageWithheld: () =>
    new AppError('safeguarding.image_withheld', 'forbidden', 'this image is withheld: only the DSL team may view, download or delete it'),
  imageCopyRefused: () =>
    new AppError(
      'safeguarding.image_copy_refused',
      'forbidden',
      'do not copy nude or semi-nude images: secure the device and hand it to the DSL, who records the evidence',
    ),
  revealRequired: () => new AppError('safeguarding.reveal_required', 'conflict', 'this image is hidden by default: ask again with reveal=true'),
  screeningNotApplicable: () =>
    new AppError('safeguarding.screening_not_applicable', 'conflict', 'image screening applies to concerns in the nude and semi-nude images category'),
  breakGlassRefused: () =>
    new AppError('safeguarding.break_glass_refused', 'forbidden', 'break-glass is for senior staff on learner concerns they cannot already read'),
  investigationInvalid: (message: string) => new AppError('safeguarding.investigation_invalid', 'invalid', message),
  recordInvalid: (message: string) => new AppError('safeguarding.record_invalid', 'invalid', message),
  periodInvalid: (why: string) => new AppError('safeguarding.period_invalid', 'invalid', `the report period is not valid: ${why}`),
  transferLinkInvalid: () =>
    new AppError('safeguarding.transfer_link_invalid', 'not_found', 'this transfer link is not valid: check it, or ask the sending school’s DSL for a new one'),
  transferLinkUsed: (at: string) =>
    new AppError('safeguarding.transfer_link_used', 'conflict', `this package was already downloaded (${at}); links work once: ask the sending school’s DSL for a new transfer`),
  transferLinkExpired: (at: string) =>
    new AppError('safeguarding.transfer_link_expired', 'conflict', `this transfer link expired at ${at}: ask the sending school’s DSL for a new transfer`),
  transferNotDownloaded: () => new AppError('safeguarding.transfer_not_downloaded', 'conflict', 'download the package before confirming its receipt'),
  transferReceiptDone: (at: string) => new AppError('safeguarding.transfer_receipt_done', 'conflict', `receipt of this transfer was already confirmed (${at})`),
  transferKeyInvalid: () =>
    new AppError('safeguarding.transfer_key_invalid', 'invalid', 'the transfer key is not valid: it looks like HVT-XXXX-XXXX-… (13 groups of 4 letters and digits)'),
  transferNothing: () => new AppError('safeguarding.transfer_empty', 'invalid', 'there is nothing to transfer: the learner has no concerns you may read'),
  packageInvalid: (why: string) => new AppError('safeguarding.package_invalid', 'invalid', `the transfer package is not valid: ${why}`),
  eventAlreadyLinked: (id: string) => new AppError('safeguarding.event_already_linked', 'conflict', `event ${JSON.stringify(id)} is already linked`),
};
