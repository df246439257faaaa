import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/search-field/search-field.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/SearchField', component: 'mc-search-field' } satisfies Meta;

const { Default, WithHint, WithValue, DefaultLabel, WithError, Disabled, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithHint, WithValue, DefaultLabel, WithError, Disabled, LongVietnameseText, English };
