// Stories of <mc-satisfaction-survey>, one per example (packages/widgets/src/satisfaction-survey/satisfaction-survey.examples.ts).
// They render against a REAL API: Storybook cannot start one, so run `npm start` (it serves
// http://localhost:8080) or set the `api` global / the `motcuaApi` parameter to another API.
// "Mất kết nối" points at an address where nothing answers.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '../../../../packages/widgets/src/satisfaction-survey/define.js';
import { examples } from '../../../../packages/widgets/src/satisfaction-survey/satisfaction-survey.examples.js';
import { exampleEnv } from '../../../../packages/widgets/src/shared/example-env.js';
import { storiesFromExamples } from '../support/stories.js';

const DEFAULT_API = 'http://localhost:8080';

export default {
  title: 'Widgets/SatisfactionSurvey',
  component: 'mc-satisfaction-survey',
  parameters: {
    docs: {
      description: {
        component: 'Satisfaction survey (SIPAS, general) and per-dossier evaluation. "Cảm ơn" and "Đã đánh giá" really submit to the API they point at. Stories call the API at the `api` global or the `motcuaApi` parameter, default ' + DEFAULT_API + ' (what `npm start` serves).',
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
export const KhaoSatChung = withApi(stories.KhaoSatChung!);
export const TungCauMot = withApi(stories.TungCauMot!);
export const ThieuCauTraLoi = withApi(stories.ThieuCauTraLoi!);
export const DanhGiaHoSo = withApi(stories.DanhGiaHoSo!);
export const DanhGiaTuTrangTraCuu = withApi(stories.DanhGiaTuTrangTraCuu!);
export const CamOn = withApi(stories.CamOn!);
export const DaLuuChoGui = withApi(stories.DaLuuChoGui!);
export const DaDanhGia = withApi(stories.DaDanhGia!);
export const MatKetNoi = withApi(stories.MatKetNoi!);
export const ChuaCauHinh = withApi(stories.ChuaCauHinh!);
