import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/link-button/link-button.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/LinkButton', component: 'mc-link-button' } satisfies Meta;

const { Primary, Secondary, Tertiary, Large, NewTab, Download, LongVietnameseText, English } = storiesFromExamples(examples);
export { Primary, Secondary, Tertiary, Large, NewTab, Download, LongVietnameseText, English };
