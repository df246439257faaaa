// Examples in the shape of packages/ui/src/<name>/<name>.examples.ts, for the support story.
import { html } from 'lit';
import type { Example } from './stories.js';

export const examples: Example[] = [
  { name: 'Default', description: 'The property default.', render: () => html`<mc-demo-greeting></mc-demo-greeting>` },
  { name: 'From attributes', description: 'String and number attributes.', render: () => html`<mc-demo-greeting name="Phường Bến Thành" count="3"></mc-demo-greeting>` },
  { name: 'Có dấu', description: 'A Vietnamese example name becomes the export `CoDau`.', render: () => html`<mc-demo-greeting .name=${'Xã Tân Phú'}></mc-demo-greeting>` },
];
