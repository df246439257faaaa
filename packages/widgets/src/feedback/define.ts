import './elements.js';
import { McFeedback } from './feedback.js';

McFeedback.define();
