// Side-effect module: registers every primitive (guarded, so loading it twice is harmless).
import './button/define.js';
import './link-button/define.js';
import './text-field/define.js';
import './search-field/define.js';
import './select/define.js';
import './checkbox/define.js';
import './radio-group/define.js';
import './rating-scale/define.js';
import './card/define.js';
import './badge/define.js';
import './alert/define.js';
import './timeline/define.js';
import './stepper/define.js';
import './pagination/define.js';
import './skeleton/define.js';
import './empty-state/define.js';
