import { McAlert } from './alert.js';
McAlert.define();
