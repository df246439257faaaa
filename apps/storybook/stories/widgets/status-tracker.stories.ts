// Stories of <mc-status-tracker>, one per example (@motcua/widgets/status-tracker/status-tracker.examples,
// the same list the tests and a11y checks use). They render against a REAL Một Cửa API: the `api` global
// (toolbar "API"; default: this origin under /storybook/, else http://localhost:8080, what
// `npm start` serves), see ../support/api.ts; the smoke check starts a seeded server of its own.
// Stories that fail requests on purpose carry the tag 'expect-network-errors' (../support/widgets.ts);
// tags are read statically, so they stay literal here.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@motcua/widgets/status-tracker/define';
import { examples } from '@motcua/widgets/status-tracker/status-tracker.examples';
import { storiesFromExamples } from '../support/stories.js';
import { widgetStoriesMeta } from '../support/widgets.js';

export default {
  title: 'Widgets/Status tracker',
  component: 'mc-status-tracker',
  ...widgetStoriesMeta('The result stories look demo dossiers up (apps/api/seed/DOSSIERS.md) with their verifiers; "Thử quá nhiều lần" fails its own unknown code until this address must wait (no demo dossier and no other address is affected).'),
} satisfies Meta;

const s = storiesFromExamples(examples);
export const BieuMau: StoryObj = { ...s.BieuMau };
export const MaTuGiayBienNhan: StoryObj = { ...s.MaTuGiayBienNhan };
export const DangXuLy: StoryObj = { ...s.DangXuLy };
export const TreHanCoThuXinLoi: StoryObj = { ...s.TreHanCoThuXinLoi };
export const QuaHanChuaCoThuXinLoi: StoryObj = { ...s.QuaHanChuaCoThuXinLoi };
export const CanBoSungGiayTo: StoryObj = { ...s.CanBoSungGiayTo };
export const CanNopPhi: StoryObj = { ...s.CanNopPhi };
export const ChoBuuDien: StoryObj = { ...s.ChoBuuDien };
export const CoKetQuaVaMoiDanhGia: StoryObj = { ...s.CoKetQuaVaMoiDanhGia };
export const KhongDuocTiepNhan: StoryObj = { ...s.KhongDuocTiepNhan };
export const KhongTimThay: StoryObj = { ...s.KhongTimThay, tags: ['expect-network-errors'] /* 404: unknown code / wrong verifier */ };
export const ThuQuaNhieuLan: StoryObj = { ...s.ThuQuaNhieuLan, tags: ['expect-network-errors'] /* wrong verifiers make this address wait: 429 with Retry-After */ };
export const MatKetNoi: StoryObj = { ...s.MatKetNoi, tags: ['expect-network-errors'] /* connection refused */ };
export const ChuaCauHinh: StoryObj = { ...s.ChuaCauHinh };
