import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/timeline/timeline.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Timeline', component: 'mc-timeline' } satisfies Meta;

const { DossierHistory, ProcessControl, FromAttribute, LongVietnameseText, English } = storiesFromExamples(examples);
export { DossierHistory, ProcessControl, FromAttribute, LongVietnameseText, English };
