import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/button/button.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Button', component: 'mc-button' } satisfies Meta;

const { Primary, Secondary, Tertiary, Danger, Large, WithIcon, Disabled, Loading, LongVietnameseText, English } = storiesFromExamples(examples);
export { Primary, Secondary, Tertiary, Danger, Large, WithIcon, Disabled, Loading, LongVietnameseText, English };
