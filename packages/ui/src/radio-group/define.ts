import { McRadioGroup } from './radio-group.js';
McRadioGroup.define();
