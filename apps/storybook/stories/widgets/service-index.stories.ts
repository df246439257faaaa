// Stories of <mc-service-index>, one per example (@motcua/widgets/service-index/service-index.examples,
// the same list the tests and a11y checks use). They render against a REAL Một Cửa API: the `api` global
// (toolbar "API"; default: this origin under /storybook/, else http://localhost:8080, what
// `npm start` serves), see ../support/api.ts; the smoke check starts a seeded server of its own.
// Stories that fail requests on purpose carry the tag 'expect-network-errors' (../support/widgets.ts);
// tags are read statically, so they stay literal here.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@motcua/widgets/service-index/define';
import { examples } from '@motcua/widgets/service-index/service-index.examples';
import { storiesFromExamples } from '../support/stories.js';
import { widgetStoriesMeta } from '../support/widgets.js';

export default {
  title: 'Widgets/Service index',
  component: 'mc-service-index',
  ...widgetStoriesMeta('Data from GET /v1/units/{code}/stats, with a chart and its data table.'),
} satisfies Meta;

const s = storiesFromExamples(examples);
export const PhuongTanNinh: StoryObj = { ...s.PhuongTanNinh };
export const BangSoLieu: StoryObj = { ...s.BangSoLieu };
export const ChuaCoSoLieu: StoryObj = { ...s.ChuaCoSoLieu };
export const KhongCoDonVi: StoryObj = { ...s.KhongCoDonVi, tags: ['expect-network-errors'] /* 404 for an unknown unit */ };
export const MatKetNoi: StoryObj = { ...s.MatKetNoi, tags: ['expect-network-errors'] /* connection refused */ };
export const ChuaCauHinh: StoryObj = { ...s.ChuaCauHinh };
