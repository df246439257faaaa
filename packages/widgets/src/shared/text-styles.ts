// The text rules every widget shares: headings and paragraphs without margins, tight headings,
// muted notes, links and their focus ring. (A module of its own: the lookup and the checklist use
// it without the rest of ./styles.ts.)
import { css } from 'lit';
import { focusRing, token } from '@motcua/ui';

export const textStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: ${token('line-height-tight')};
  }
  .muted {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
  a {
    color: ${token('color-link')};
  }
  a:focus-visible {
    ${focusRing}
  }
`;
