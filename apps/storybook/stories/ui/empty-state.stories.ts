import type { Meta } from '@storybook/web-components-vite';
import { examples } from '@motcua/ui/empty-state/empty-state.examples';
import { storiesFromExamples } from '../support/stories.js';

export default { title: 'Primitives/EmptyState', component: 'mc-empty-state' } satisfies Meta;

const { Default, WithActions, DocumentsIllustration, InboxIllustration, LongVietnameseText, English } = storiesFromExamples(examples);
export { Default, WithActions, DocumentsIllustration, InboxIllustration, LongVietnameseText, English };
