import { McButton } from './button.js';
McButton.define();
