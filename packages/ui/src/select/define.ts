import { McSelect } from './select.js';
McSelect.define();
