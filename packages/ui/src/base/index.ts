export { McElement, type McEventName } from './mc-element.js';
export { DEV, warnDev, resetDevWarnings } from './dev.js';
export { hostStyles, focusRing } from './styles.js';
export { token, tokenValue } from './tokens.js';
export type { ComponentExample } from './example.js';
export { cspStyle, type CspStyles } from './csp-style.js';
export { measureRem, fitRoot, sourceSheet } from './rem.js';
