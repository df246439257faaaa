// Side-effect module: registers every widget (guarded, so loading it twice is harmless).
import './procedure-lookup/define.js';
import './dossier-checklist/define.js';
import './status-tracker/define.js';
import './satisfaction-survey/define.js';
import './service-index/define.js';
import './feedback/define.js';
