// The shape of `<name>.examples.ts`: one list per component feeding Storybook, tests and a11y checks.
import type { TemplateResult } from 'lit';

export interface ComponentExample {
  /** Story/test name, e.g. "With error". Unique within the component. */
  name: string;
  /** What the example shows, for the docs page. */
  description?: string;
  /** Renders the example; must contain exactly one top-level element of the component. */
  render: () => TemplateResult;
}
