// What only a lookup's result needs, as one lazily imported module: the result view, its styles,
// its Vietnamese strings (added to the tracker's catalog here) and the <mc-badge> and <mc-timeline>
// elements it renders. The tracker starts importing it when a lookup starts, in parallel with the
// API request, so the form (all most visits show first) loads without it and the result is not
// delayed by it.
import './elements.js';
import '@motcua/ui/badge/define';
import '@motcua/ui/timeline/define';
import { McStatusTracker } from './status-tracker.js';
import { resultMessages } from './result-messages.js';

McStatusTracker.addMessages({ vi: resultMessages, en: {} });

export * from './result-view.js';
