import { McTimeline } from './timeline.js';
McTimeline.define();
