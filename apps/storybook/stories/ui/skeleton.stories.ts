import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/skeleton/skeleton.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Skeleton', component: 'mc-skeleton' } satisfies Meta;

const { Text, ManyLines, Block, Card, ListOfCards, English } = storiesFromExamples(examples);
export { Text, ManyLines, Block, Card, ListOfCards, English };
