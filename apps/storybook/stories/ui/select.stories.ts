import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/select/select.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Select', component: 'mc-select' } satisfies Meta;

const { Default, WithValueAndHint, Required, WithError, Disabled, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithValueAndHint, Required, WithError, Disabled, LongVietnameseText, English };
