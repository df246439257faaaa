import './elements.js';
// <mc-badge> and <mc-timeline> come with the result view (result.view.ts, imported when a lookup starts);
// <mc-satisfaction-survey> is imported when the citizen opens the evaluation (a separate chunk).
import { McStatusTracker } from './status-tracker.js';

McStatusTracker.define();
