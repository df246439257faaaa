// Proves the story machinery and the decorator transform. Keep: it guards the toolchain.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './demo-greeting.js';
import { examples } from './demo-greeting.examples.js';
import { storiesFromExamples } from './stories.js';

export default { title: 'Support/Decorated element', component: 'mc-demo-greeting', tags: ['!autodocs'] } satisfies Meta;

const { Default, FromAttributes, CoDau } = storiesFromExamples(examples);
export { Default, FromAttributes, CoDau };

/** Fails when `@property()` does not create a reactive accessor (wrong decorator transform). */
export const PropertyUpdates: StoryObj = {
  name: 'Property updates re-render',
  render: () => html`<mc-demo-greeting name="A"></mc-demo-greeting>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mc-demo-greeting')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain(', A!');
    el.name = 'B';
    el.count = 2;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain(', B!!');
    el.setAttribute('name', 'C');
    await waitFor(() => expect(el.shadowRoot!.textContent).toContain(', C!!'));
    await expect(Object.prototype.hasOwnProperty.call(el, 'name')).toBe(false);
  },
};
