import { McTextField } from './text-field.js';
McTextField.define();
