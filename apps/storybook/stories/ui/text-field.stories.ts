import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/text-field/text-field.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/TextField', component: 'mc-text-field' } satisfies Meta;

const { Default, WithHint, Required, WithError, Disabled, ReadOnly, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithHint, Required, WithError, Disabled, ReadOnly, LongVietnameseText, English };
