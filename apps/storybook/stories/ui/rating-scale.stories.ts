import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/rating-scale/rating-scale.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/RatingScale', component: 'mc-rating-scale' } satisfies Meta;

const { Default, WithValue, ThreeLevels, Required, WithError, Disabled, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithValue, ThreeLevels, Required, WithError, Disabled, LongVietnameseText, English };
