import { McLinkButton } from './link-button.js';
McLinkButton.define();
