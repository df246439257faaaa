import { McSkeleton } from './skeleton.js';
McSkeleton.define();
