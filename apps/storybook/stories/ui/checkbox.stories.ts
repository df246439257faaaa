import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/checkbox/checkbox.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Checkbox', component: 'mc-checkbox' } satisfies Meta;

const { Default, Checked, WithDescription, Indeterminate, Required, WithError, Disabled, SlottedLabel, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, Checked, WithDescription, Indeterminate, Required, WithError, Disabled, SlottedLabel, LongVietnameseText, English };
