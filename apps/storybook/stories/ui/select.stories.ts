import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../../../../packages/ui/src/select/select.examples.js';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Select', component: 'mc-select' } satisfies Meta;

const { Default, WithValueAndHint, Required, WithError, Disabled, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithValueAndHint, Required, WithError, Disabled, LongVietnameseText, English };
