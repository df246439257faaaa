import { McRatingScale } from './rating-scale.js';
McRatingScale.define();
