import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/pagination/pagination.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/Pagination', component: 'mc-pagination' } satisfies Meta;

const { Default, ManyPages, LastPage, FromTotalAndPageSize, Links, CustomLabel, English } = storiesFromExamples(examples);
export { Default, ManyPages, LastPage, FromTotalAndPageSize, Links, CustomLabel, English };
