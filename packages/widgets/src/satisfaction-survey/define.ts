import './elements.js';
import { McSatisfactionSurvey } from './satisfaction-survey.js';

McSatisfactionSurvey.define();
