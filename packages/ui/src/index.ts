// Classes only: importing this module registers no custom element. Register with
// `import '@motcua/ui/define'` (everything) or `import '@motcua/ui/button/define'` (one).
export * from './base/index.js';
export * from './i18n/index.js';
export { McButton } from './button/button.js';
export { McLinkButton } from './link-button/link-button.js';
export { McTextField } from './text-field/text-field.js';
export { McSearchField } from './search-field/search-field.js';
export { McSelect } from './select/select.js';
export { McCheckbox } from './checkbox/checkbox.js';
export { McRadioGroup } from './radio-group/radio-group.js';
export { McRatingScale } from './rating-scale/rating-scale.js';
export { McCard } from './card/card.js';
export { McBadge } from './badge/badge.js';
export { McAlert } from './alert/alert.js';
export { McTimeline, TIMELINE_STATES, type TimelineItem, type TimelineState } from './timeline/timeline.js';
export { McStepper, STEPPER_VARIANTS, type StepperStep, type StepperVariant } from './stepper/stepper.js';
export { McPagination, pageItems, type PageItem } from './pagination/pagination.js';
export { McSkeleton } from './skeleton/skeleton.js';
export { McEmptyState } from './empty-state/empty-state.js';
