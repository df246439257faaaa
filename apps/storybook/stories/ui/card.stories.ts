import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/card/card.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Card', component: 'mc-card' } satisfies Meta;

const { Default, LinkCard, Outlined, Subtle, HeadingSlot, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, LinkCard, Outlined, Subtle, HeadingSlot, LongVietnameseText, English };
