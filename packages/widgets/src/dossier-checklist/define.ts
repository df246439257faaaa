import '@motcua/ui/alert/define';
import '@motcua/ui/badge/define';
import '@motcua/ui/button/define';
import '@motcua/ui/checkbox/define';
import '@motcua/ui/radio-group/define';
import '@motcua/ui/skeleton/define';
import { McDossierChecklist } from './dossier-checklist.js';

McDossierChecklist.define();
