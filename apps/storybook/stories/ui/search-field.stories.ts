import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/search-field/search-field.examples';
import { storiesFromExamples } from '../support/stories.js';

export default {
  title: 'Primitives/SearchField',
  component: 'mc-search-field',
  parameters: {
    docs: {
      description: {
        component:
          "A search box with a suggestion list, following the ARIA 1.2 combobox pattern: the page supplies `suggestions` on `mc-input`; ↓/↑ move through them, Enter picks one or searches (`mc-search`), Escape closes the list, and a polite status says how many there are. **Who it is for:** portal developers building their own pages with the design system (a portal's site search, a procedure picker on a ward's own form). No Một Cửa widget uses it — the procedure lookup lists its results under a plain search field — so the widgets' CDN build does not carry it.",
      },
    },
  },
} satisfies Meta;

const { Default, WithHint, WithValue, DefaultLabel, WithError, Disabled, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithHint, WithValue, DefaultLabel, WithError, Disabled, LongVietnameseText, English };
