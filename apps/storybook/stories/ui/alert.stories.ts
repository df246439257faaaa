import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/alert/alert.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Alert', component: 'mc-alert' } satisfies Meta;

const { Info, Success, Warning, Danger, Dismissible, WithoutHeading, LongVietnameseText, English } = storiesFromExamples(examples);
export { Info, Success, Warning, Danger, Dismissible, WithoutHeading, LongVietnameseText, English };
