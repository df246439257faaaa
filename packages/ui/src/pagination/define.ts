import { McPagination } from './pagination.js';
McPagination.define();
