import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/stepper/stepper.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Stepper', component: 'mc-stepper' } satisfies Meta;

const { Default, FirstStep, Complete, FromAttribute, Bar, BarWithoutLabel, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, FirstStep, Complete, FromAttribute, Bar, BarWithoutLabel, LongVietnameseText, English };
