import { McCheckbox } from './checkbox.js';
McCheckbox.define();
