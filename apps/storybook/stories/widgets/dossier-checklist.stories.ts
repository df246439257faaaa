// Stories of <mc-dossier-checklist>, one per example (packages/widgets/src/dossier-checklist/dossier-checklist.examples.ts,
// the same list the tests and a11y checks use). They render against a REAL Một Cửa API: the `api` global
// (toolbar "API"; default: this origin under /storybook/, else http://localhost:8080, what
// `npm start` serves), see ../support/api.ts; the smoke check starts a seeded server of its own.
// Stories that fail requests on purpose carry the tag 'expect-network-errors' (../support/widgets.ts);
// tags are read statically, so they stay literal here.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../../../packages/widgets/src/dossier-checklist/define.js';
import { examples } from '../../../../packages/widgets/src/dossier-checklist/dossier-checklist.examples.js';
import { storiesFromExamples } from '../support/stories.js';
import { settleWidgets, withApi } from '../support/widgets.js';

export default {
  title: 'Widgets/Dossier checklist',
  component: 'mc-dossier-checklist',
  decorators: [withApi],
  play: settleWidgets,
  parameters: {
    docs: {
      description: {
        component:
          'Renders against a real Một Cửa API, chosen with the toolbar\u2019s **API** global: by default this origin when Storybook is served under /storybook/ by `npm start`, else http://localhost:8080 (run `npm start`); `STORYBOOK_MOTCUA_API=<url>` names another. Error and offline stories fail requests on purpose (tag `expect-network-errors`).',
      },
    },
  },
} satisfies Meta;

const s = storiesFromExamples(examples);
export const DangTai: StoryObj = { ...s.DangTai, parameters: { ...s.DangTai?.parameters, motcuaSettle: false } /* never settles: its API never answers */ };
export const NhieuTruongHop: StoryObj = { ...s.NhieuTruongHop };
export const DaChonTruongHop: StoryObj = { ...s.DaChonTruongHop };
export const MotTruongHop: StoryObj = { ...s.MotTruongHop };
export const TenDai: StoryObj = { ...s.TenDai };
export const KhongCoDonVi: StoryObj = { ...s.KhongCoDonVi };
export const KhongTimThay: StoryObj = { ...s.KhongTimThay, tags: ['expect-network-errors'] /* 404 for a code not in the catalog */ };
export const Loi: StoryObj = { ...s.Loi, tags: ['expect-network-errors'] /* 400 for a malformed code */ };
export const MatKetNoi: StoryObj = { ...s.MatKetNoi, tags: ['expect-network-errors'] /* connection refused */ };
export const TiengAnh: StoryObj = { ...s.TiengAnh };
export const GiaoDienTuongPhanCao: StoryObj = { ...s.GiaoDienTuongPhanCao };
export const GiaoDienQuangNinh: StoryObj = { ...s.GiaoDienQuangNinh };
