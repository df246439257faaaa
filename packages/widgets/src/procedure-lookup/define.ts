import '@motcua/ui/alert/define';
import '@motcua/ui/badge/define';
import '@motcua/ui/button/define';
import '@motcua/ui/empty-state/define';
import '@motcua/ui/link-button/define';
import '@motcua/ui/pagination/define';
import '@motcua/ui/select/define';
import '@motcua/ui/skeleton/define';
import '@motcua/ui/text-field/define';
import { McProcedureLookup } from './procedure-lookup.js';

// The checklist shown in a procedure's detail loads only when a detail is first opened: the
// search, the most common use, does not pay for it.
McProcedureLookup.loadChecklist = () => import('../dossier-checklist/define.js');
McProcedureLookup.define();
