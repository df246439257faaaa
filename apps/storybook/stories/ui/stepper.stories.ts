import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/stepper/stepper.examples';
import { storiesFromExamples } from '../support/stories.js';

export default {
  title: 'Primitives/Stepper',
  component: 'mc-stepper',
  parameters: {
    docs: {
      description: {
        component:
          'Progress through a sequence: `variant="steps"` is an ordered list with `aria-current="step"` and a visible "Bước 2/5: …" line; `variant="bar"` is a named `role="progressbar"`. **Who it is for:** portal developers building their own pages with the design system (a multi-page application form, a "3 of 5 ready" bar). No Một Cửa widget uses it — the dossier checklist draws its own small progress bar — so the widgets’ CDN build does not carry it.',
      },
    },
  },
} satisfies Meta;

const { Default, FirstStep, Complete, FromAttribute, Bar, BarWithoutLabel, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, FirstStep, Complete, FromAttribute, Bar, BarWithoutLabel, LongVietnameseText, English };
