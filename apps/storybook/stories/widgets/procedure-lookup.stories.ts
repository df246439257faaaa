// Stories of <mc-procedure-lookup>, one per example (@motcua/widgets/procedure-lookup/procedure-lookup.examples,
// the same list the tests and a11y checks use). They render against a REAL Một Cửa API: the `api` global
// (toolbar "API"; default: this origin under /storybook/, else http://localhost:8080, what
// `npm start` serves), see ../support/api.ts; the smoke check starts a seeded server of its own.
// Stories that fail requests on purpose carry the tag 'expect-network-errors' (../support/widgets.ts);
// tags are read statically, so they stay literal here.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@motcua/widgets/procedure-lookup/define';
import { examples } from '@motcua/widgets/procedure-lookup/procedure-lookup.examples';
import { storiesFromExamples } from '../support/stories.js';
import { neverSettles, widgetStoriesMeta } from '../support/widgets.js';

export default {
  title: 'Widgets/Procedure lookup',
  component: 'mc-procedure-lookup',
  ...widgetStoriesMeta(),
} satisfies Meta;

const s = storiesFromExamples(examples);
export const DangTai: StoryObj = neverSettles(s.DangTai); // its API never answers
export const TheoPhuong: StoryObj = { ...s.TheoPhuong };
export const TimKhongDau: StoryObj = { ...s.TimKhongDau };
export const LocLinhVucVaTrucTuyen: StoryObj = { ...s.LocLinhVucVaTrucTuyen };
export const KhongCoKetQua: StoryObj = { ...s.KhongCoKetQua };
export const DanhMucLon: StoryObj = { ...s.DanhMucLon };
export const LienKetToiTrangRieng: StoryObj = { ...s.LienKetToiTrangRieng };
export const LoiMayChu: StoryObj = { ...s.LoiMayChu, tags: ['expect-network-errors'] /* the API answers 404 (a path it does not serve) */ };
export const MatKetNoi: StoryObj = { ...s.MatKetNoi, tags: ['expect-network-errors'] /* connection refused */ };
export const TiengAnh: StoryObj = { ...s.TiengAnh };
export const GiaoDienTuongPhanCao: StoryObj = { ...s.GiaoDienTuongPhanCao };
export const GiaoDienTayNinh: StoryObj = { ...s.GiaoDienTayNinh };
export const GiaoDienDongThap: StoryObj = { ...s.GiaoDienDongThap };
export const GiaoDienQuangNinh: StoryObj = { ...s.GiaoDienQuangNinh };
export const ChuaCauHinh: StoryObj = { ...s.ChuaCauHinh };
