// Stories of <mc-satisfaction-survey>, one per example (@motcua/widgets/satisfaction-survey/satisfaction-survey.examples,
// the same list the tests and a11y checks use). They render against a REAL Một Cửa API: the `api` global
// (toolbar "API"; default: this origin under /storybook/, else http://localhost:8080, what
// `npm start` serves), see ../support/api.ts; the smoke check starts a seeded server of its own.
// Stories that fail requests on purpose carry the tag 'expect-network-errors' (../support/widgets.ts);
// tags are read statically, so they stay literal here.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@motcua/widgets/satisfaction-survey/define';
import { examples } from '@motcua/widgets/satisfaction-survey/satisfaction-survey.examples';
import { storiesFromExamples } from '../support/stories.js';
import { widgetStoriesMeta } from '../support/widgets.js';

export default {
  title: 'Widgets/Satisfaction survey',
  component: 'mc-satisfaction-survey',
  ...widgetStoriesMeta('"Cảm ơn" really submits an anonymous survey for unit 25459, "Đã đánh giá" evaluates demo dossier 000.00.25.H53-261120-0012 (once; the second try is the 409 shown) — no other story depends on either.'),
} satisfies Meta;

const s = storiesFromExamples(examples);
export const KhaoSatChung: StoryObj = { ...s.KhaoSatChung };
export const TungCauMot: StoryObj = { ...s.TungCauMot };
export const ThieuCauTraLoi: StoryObj = { ...s.ThieuCauTraLoi };
export const DanhGiaHoSo: StoryObj = { ...s.DanhGiaHoSo };
export const DanhGiaTuTrangTraCuu: StoryObj = { ...s.DanhGiaTuTrangTraCuu };
export const CamOn: StoryObj = { ...s.CamOn };
export const DaLuuChoGui: StoryObj = { ...s.DaLuuChoGui, tags: ['expect-network-errors'] /* connection refused: the outbox keeps the answers and retries */ };
export const DaDanhGia: StoryObj = { ...s.DaDanhGia, tags: ['expect-network-errors'] /* 409: the dossier is already evaluated */ };
export const MatKetNoi: StoryObj = { ...s.MatKetNoi, tags: ['expect-network-errors'] /* connection refused */ };
export const ChuaCauHinh: StoryObj = { ...s.ChuaCauHinh };
