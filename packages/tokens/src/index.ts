// @motcua/tokens: design tokens as CSS custom properties (`--mc-*`), per theme.
// The data below is generated from tokens/*.json and themes/*.json by scripts/build.mjs.
export { themes, themeIds, motionDurationNames, type Theme, type ThemeId } from './generated/themes.js';
export { vars, varNames, type TokenKey } from './generated/vars.js';
export { tokens, tokenMeta, type TokenMeta } from './generated/tokens.js';
export {
  contrastPairs,
  contrastRatio,
  checkContrast,
  luminance,
  minimumRatio,
  parseHex,
  type ContrastPair,
  type PairKind,
  type PairResult,
} from './contrast.js';
export { themeStylesheet } from './stylesheet.js';
// One theme's stylesheet, imported on demand (a lazy chunk per theme in bundles): for widgets.
export { loadThemeStylesheet } from './generated/theme-loaders.js';
