// Isolation from the host page's inherited CSS. Shadow DOM stops the page's selectors, not
// inheritance: a commune theme's `body { text-transform: uppercase; letter-spacing: .1em;
// white-space: nowrap; font-style: italic; text-align: center; line-height: 3 }` would reach
// every widget. `all: initial` on :host resets every inherited property (custom properties are
// not touched, so themes and `--mc-*` set by the page still apply; rules the page writes on the
// widget tag itself still win over :host). What we keep from the page: visibility, and its font
// family (hostStyles: `var(--mc-font-family, inherit)`; documented: a widget should look like part
// of the site). The font size becomes `medium`, the reader's own browser setting (see @motcua/ui
// rem.ts for pages that change their root size).
import { css } from 'lit';

export const isolation = css`
  :host {
    all: initial;
    direction: ltr;
    visibility: inherit;
  }
  /* box-sizing is not inherited, but ours inherits from :host, which a page's
     \`* { box-sizing: content-box }\` reaches (page rules win over :host). */
  :host * {
    box-sizing: border-box;
  }
  /* A page without a doctype (quirks mode) gives forms a bottom margin. */
  form {
    margin: 0;
  }
  /* ... and tables the old browsers' text defaults instead of what they inherit. */
  table {
    font: inherit;
    color: inherit;
    white-space: inherit;
    text-align: inherit;
  }
`;
