import { McEmptyState } from './empty-state.js';
McEmptyState.define();
