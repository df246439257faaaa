// What only a procedure's detail needs, as one lazily imported module: the detail view, its styles,
// its strings (added to the lookup's catalog here) and the <mc-link-button> it renders. The lookup
// starts importing it when a procedure is opened, in parallel with the API request (and with the
// checklist, see define.ts), so the search (all most visits use) loads without it and the detail
// is not delayed by it.
import './elements.js';
import '@motcua/ui/link-button/define';
import { McProcedureLookup } from './procedure-lookup.js';
import { detailMessages } from './detail-messages.js';

McProcedureLookup.addMessages({ vi: detailMessages, en: {} });

export { renderDetail, detailStyles, type DetailContext } from './procedure-detail.js';
