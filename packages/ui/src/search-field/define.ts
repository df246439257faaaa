import { McSearchField } from './search-field.js';
McSearchField.define();
