import { McBadge } from './badge.js';
McBadge.define();
