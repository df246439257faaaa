import '@motcua/ui/text-field/define';
import '@motcua/ui/rating-scale/define';
import '@motcua/ui/button/define';
import '@motcua/ui/alert/define';
import '@motcua/ui/skeleton/define';
import { McSatisfactionSurvey } from './satisfaction-survey.js';

McSatisfactionSurvey.define();
