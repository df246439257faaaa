import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/badge/badge.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Badge', component: 'mc-badge' } satisfies Meta;

const { Neutral, Info, Success, Warning, Danger, WithDot, WithIcon, LongVietnameseText, English } = storiesFromExamples(examples);
export { Neutral, Info, Success, Warning, Danger, WithDot, WithIcon, LongVietnameseText, English };
