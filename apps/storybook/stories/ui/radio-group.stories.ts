import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/radio-group/radio-group.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/RadioGroup', component: 'mc-radio-group' } satisfies Meta;

const { Default, WithValueAndHint, Horizontal, Required, WithError, Disabled, DisabledOption, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithValueAndHint, Horizontal, Required, WithError, Disabled, DisabledOption, LongVietnameseText, English };
