// Stories of <mc-service-index>, one per example (packages/widgets/src/service-index/service-index.examples.ts).
// They render against a REAL API: Storybook cannot start one, so run `npm start` (it serves
// http://localhost:8080) or set the `api` global / the `motcuaApi` parameter to another API.
// "Mất kết nối" points at an address where nothing answers.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '../../../../packages/widgets/src/service-index/define.js';
import { examples } from '../../../../packages/widgets/src/service-index/service-index.examples.js';
import { exampleEnv } from '../../../../packages/widgets/src/shared/example-env.js';
import { storiesFromExamples } from '../support/stories.js';

const DEFAULT_API = 'http://localhost:8080';

export default {
  title: 'Widgets/ServiceIndex',
  component: 'mc-service-index',
  parameters: {
    docs: {
      description: {
        component: 'Service index of a unit from GET /v1/units/{code}/stats, with a chart and its data table. Stories call the API at the `api` global or the `motcuaApi` parameter, default ' + DEFAULT_API + ' (what `npm start` serves).',
      },
    },
  },
} satisfies Meta;

/** Points the examples at the API of this Storybook before the story renders. */
function withApi(story: StoryObj): StoryObj {
  const render = story.render!;
  return {
    ...story,
    render: (args, context: StoryContext) => {
      const api = (context.globals['api'] as string | undefined) || (context.parameters['motcuaApi'] as string | undefined) || DEFAULT_API;
      exampleEnv.api = api;
      return render(args, context);
    },
  };
}

const stories = storiesFromExamples(examples);
export const PhuongTanNinh = withApi(stories.PhuongTanNinh!);
export const BangSoLieu = withApi(stories.BangSoLieu!);
export const ChuaCoSoLieu = withApi(stories.ChuaCoSoLieu!);
export const KhongCoDonVi = withApi(stories.KhongCoDonVi!);
export const MatKetNoi = withApi(stories.MatKetNoi!);
export const ChuaCauHinh = withApi(stories.ChuaCauHinh!);
