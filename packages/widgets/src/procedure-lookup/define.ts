import './elements.js';
import { McProcedureLookup } from './procedure-lookup.js';

// A procedure's detail (detail.view.ts, with <mc-link-button>) and the checklist shown in it load only
// when a detail is first opened: the search, the most common use, does not pay for them.
McProcedureLookup.loadChecklist = () => import('../dossier-checklist/define.js');
McProcedureLookup.define();
