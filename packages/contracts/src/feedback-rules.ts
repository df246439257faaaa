// The numbers of the feedback (phản ánh, kiến nghị) rules, without zod: the widgets import them
// from '@motcua/contracts/feedback-rules' (the schemas in feedback.ts use the same constants).

/** Working days the ward has to answer, counted by the shared calendar from the day after receipt. */
export const FEEDBACK_ANSWER_WORKING_DAYS = 10;
/** Months the sender's contact details are kept after the item is closed (then erased). */
export const FEEDBACK_CONTACT_RETENTION_MONTHS = 12;

export const FEEDBACK_TITLE_MAX = 200;
export const FEEDBACK_CONTENT_MIN = 20;
export const FEEDBACK_CONTENT_MAX = 4000;
export const FEEDBACK_ANSWER_MAX = 8000;

/** PAKN-{unit}-{yyMMdd}-{NNNN}, upper case (input is trimmed and upper-cased first). */
export const FEEDBACK_CODE_PATTERN = /^PAKN-\d{5}-\d{6}-\d{4}$/;
/** A Vietnamese phone number once spaces, dots, brackets and dashes are removed. */
export const FEEDBACK_PHONE_PATTERN = /^(\+84|0)\d{9,10}$/;
