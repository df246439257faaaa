// Stories of <mc-status-tracker>, one per example (packages/widgets/src/status-tracker/status-tracker.examples.ts).
// They render against a REAL API: Storybook cannot start one, so run `npm start` (it serves
// http://localhost:8080) or set the `api` global / the `motcuaApi` parameter to another API.
// "Mất kết nối" points at an address where nothing answers.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '../../../../packages/widgets/src/status-tracker/define.js';
import { examples } from '../../../../packages/widgets/src/status-tracker/status-tracker.examples.js';
import { exampleEnv } from '../../../../packages/widgets/src/shared/example-env.js';
import { storiesFromExamples } from '../support/stories.js';

const DEFAULT_API = 'http://localhost:8080';

export default {
  title: 'Widgets/StatusTracker',
  component: 'mc-status-tracker',
  parameters: {
    docs: {
      description: {
        component: 'Dossier status tracker. The result stories look demo dossiers up (apps/api/seed/DOSSIERS.md) with their verifiers. Stories call the API at the `api` global or the `motcuaApi` parameter, default ' + DEFAULT_API + ' (what `npm start` serves).',
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
export const BieuMau = withApi(stories.BieuMau!);
export const MaTuGiayBienNhan = withApi(stories.MaTuGiayBienNhan!);
export const DangXuLy = withApi(stories.DangXuLy!);
export const TreHanCoThuXinLoi = withApi(stories.TreHanCoThuXinLoi!);
export const QuaHanChuaCoThuXinLoi = withApi(stories.QuaHanChuaCoThuXinLoi!);
export const CanBoSungGiayTo = withApi(stories.CanBoSungGiayTo!);
export const CanNopPhi = withApi(stories.CanNopPhi!);
export const ChoBuuDien = withApi(stories.ChoBuuDien!);
export const CoKetQuaVaMoiDanhGia = withApi(stories.CoKetQuaVaMoiDanhGia!);
export const KhongDuocTiepNhan = withApi(stories.KhongDuocTiepNhan!);
export const KhongTimThay = withApi(stories.KhongTimThay!);
export const ThuQuaNhieuLan = withApi(stories.ThuQuaNhieuLan!);
export const MatKetNoi = withApi(stories.MatKetNoi!);
export const ChuaCauHinh = withApi(stories.ChuaCauHinh!);
