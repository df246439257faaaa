// The look of <mc-skeleton> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const skeletonStyles = css`
  .base {
    display: flex;
    flex-direction: column;
  }
  .shape {
    --shine: ${token('color-surface-alt')};
    --shape: color-mix(in srgb, ${token('color-border')} 40%, var(--shine));
    border-radius: ${token('radius-sm')};
    background: linear-gradient(90deg, var(--shape) 0%, var(--shine) 50%, var(--shape) 100%) 0 0 / 200% 100%;
    animation: shimmer 1.6s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .shape {
      animation: none;
      background: var(--shape);
    }
  }
  @media (forced-colors: active) {
    .shape {
      background: GrayText;
      forced-color-adjust: none;
    }
  }
  .line {
    /* one line of text: a bar the height of the letters, spaced like body text */
    height: 0.9em;
    margin: 0.35em 0;
  }
  .line.last {
    width: 60%;
  }
  .block {
    flex: 1 1 auto;
    min-height: 8rem;
  }
  .has-height .block {
    min-height: 0;
  }
  .card {
    gap: ${token('space-3')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
  }
  .block,
  .card,
  .footer {
    border-radius: ${token('radius-md')};
  }
  /* the parts of the card variant */
  .title {
    width: 55%;
    height: 1.25em;
  }
  .footer {
    width: 30%;
    height: 2em;
    margin-top: auto;
  }
  .lines {
    display: flex;
    flex-direction: column;
  }
`;
