// Stories of <mc-dossier-checklist>, one per example (@motcua/widgets/dossier-checklist/dossier-checklist.examples,
// the same list the tests and a11y checks use). They render against a REAL Một Cửa API: the `api` global
// (toolbar "API"; default: this origin under /storybook/, else http://localhost:8080, what
// `npm start` serves), see ../support/api.ts; the smoke check starts a seeded server of its own.
// Stories that fail requests on purpose carry the tag 'expect-network-errors' (../support/widgets.ts);
// tags are read statically, so they stay literal here.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@motcua/widgets/dossier-checklist/define';
import { examples } from '@motcua/widgets/dossier-checklist/dossier-checklist.examples';
import { storiesFromExamples } from '../support/stories.js';
import { neverSettles, widgetStoriesMeta } from '../support/widgets.js';

export default {
  title: 'Widgets/Dossier checklist',
  component: 'mc-dossier-checklist',
  ...widgetStoriesMeta(),
} satisfies Meta;

const s = storiesFromExamples(examples);
export const DangTai: StoryObj = neverSettles(s.DangTai); // its API never answers
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
