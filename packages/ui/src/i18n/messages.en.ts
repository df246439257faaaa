// The English strings of every primitive, in one module loaded on demand: a page in Vietnamese
// (the default) never fetches them, and every first view is that much lighter (issue 16). An
// element rendered in English holds its first render until they are here (McElement.lazyMessages;
// widgets add theirs through englishMessages), so no Vietnamese flashes; offline it falls back to
// Vietnamese, as for any missing key. The Vietnamese strings stay beside each primitive.
import type { MessageParams, Messages } from './catalog.js';

export const en: Partial<Messages> = {
  // ui-messages.ts
  'common.loading': 'Loading…',
  'common.required': 'required',
  // form-control.ts
  'form.valueMissing': 'Please fill in this field.',
  'form.typeMismatch.email': 'Please enter an email address, for example: name@example.com.',
  'form.typeMismatch': 'The value is not in the right format.',
  'form.patternMismatch': 'The value does not match the required format.',
  'form.tooLong': 'Please use at most {max} characters.',
  'form.tooShort': 'Please use at least {min} characters.',
  'form.rangeUnderflow': 'The value must be {min} or more.',
  'form.rangeOverflow': 'The value must be {max} or less.',
  'form.stepMismatch': 'The value is not valid.',
  'form.badInput': 'Please enter a number.',
  'form.invalid': 'The value is not valid.',
  'form.errorPrefix': 'Error:',
  // alert.ts
  'alert.status.info': 'Information',
  'alert.status.success': 'Success',
  'alert.status.warning': 'Warning',
  'alert.status.danger': 'Error',
  'alert.dismiss': 'Dismiss message',
  // button.ts
  'button.loading': 'Working, please wait',
  // link-button.ts
  'link-button.newTab': '(opens in a new tab)',
  // checkbox.ts
  'checkbox.valueMissing': 'Please tick this box to continue.',
  // radio-group.ts
  'radio-group.valueMissing': 'Please choose an option.',
  // select.ts
  'select.placeholder': 'Choose one',
  'select.valueMissing': 'Please choose an option.',
  // rating-scale.ts
  'rating-scale.valueMissing': 'Please choose a level',
  'rating-scale.level.1': 'Very dissatisfied',
  'rating-scale.level.2': 'Dissatisfied',
  'rating-scale.level.3': 'Neither satisfied nor dissatisfied',
  'rating-scale.level.4': 'Satisfied',
  'rating-scale.level.5': 'Very satisfied',
  // pagination.ts
  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {page}',
  'pagination.gap': '…',
  // timeline.ts
  'timeline.state.done': 'Done',
  'timeline.state.current': 'In progress',
  'timeline.state.upcoming': 'Not started',
  'timeline.state.late': 'Late',
  'timeline.state.on-time': 'On time',
  'timeline.state.early': 'Early',
  // stepper.ts
  'stepper.summary': 'Step {step} of {total}: {label}',
  'stepper.complete': 'All {total} steps done',
  'stepper.state.done': 'Done',
  'stepper.state.current': 'In progress',
  'stepper.state.upcoming': 'Not started',
  'stepper.progress': '{done} of {total} done',
  'stepper.valueText': '{done} of {total}',
  // search-field.ts
  'search-field.label': 'Search',
  'search-field.clear': 'Clear search',
  'search-field.submit': 'Search',
  'search-field.suggestions': 'Suggestions',
  'search-field.count': (params: MessageParams) => (Number(params['count']) === 1 ? '1 suggestion' : `${params['count']} suggestions`),
  'search-field.none': 'No suggestions',
};
