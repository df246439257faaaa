// What only a lookup's result needs, as one lazily imported module: the result view and the
// <mc-badge> and <mc-timeline> elements it renders. The tracker starts importing it when a lookup
// starts, in parallel with the API request, so the form (all most visits show first) loads
// without it and the result is not delayed by it. Its Vietnamese strings come with it.
import '@motcua/ui/badge/define';
import '@motcua/ui/timeline/define';

export * from './result-view.js';
export { resultMessages } from './result-messages.js';
