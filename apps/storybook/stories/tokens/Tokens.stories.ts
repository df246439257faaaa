// Every token of every theme (packages/tokens), side by side.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { colours, contrast, motion, shape, spacing, typography } from './tokens-view.js';

export default {
  title: 'Foundations/Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export const Colours: StoryObj = { render: colours };
export const Contrast: StoryObj = { render: contrast };
export const Typography: StoryObj = { render: typography };
export const Spacing: StoryObj = { render: spacing };
export const RadiusElevationFocus: StoryObj = { name: 'Radius, elevation, focus, sizes', render: shape };
export const Motion: StoryObj = { render: motion };
