import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/card/card.examples';
import { storiesFromExamples } from '../support/stories.js';

export default {
  title: 'Primitives/Card',
  component: 'mc-card',
  parameters: {
    docs: {
      description: {
        component:
          "A box with a heading (a real `<h2>`–`<h6>` chosen with `heading-level`), body and footer; with `href` the whole card is one link whose name is the heading. **Who it is for:** portal developers building their own pages with the design system (a list of services, news, a ward's contacts). No Một Cửa widget uses it — their result lists are list items styled by the widget — so the widgets' CDN build does not carry it.",
      },
    },
  },
} satisfies Meta;

const { Default, LinkCard, Outlined, Subtle, HeadingSlot, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, LinkCard, Outlined, Subtle, HeadingSlot, LongVietnameseText, English };
