// Stories of <mc-feedback>, one per example (@motcua/widgets/feedback/feedback.examples, the
// same list the tests and a11y checks use), in Vietnamese by default and in English with the toolbar's
// language global. They render against a REAL Một Cửa API (../support/api.ts): the demo data of
// Phường Tân Ninh hold answered, late, overdue and refused items. Stories that fail requests on
// purpose carry the tag 'expect-network-errors' (tags are read statically, so they stay literal).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@motcua/widgets/feedback/define';
import { examples } from '@motcua/widgets/feedback/feedback.examples';
import { storiesFromExamples } from '../support/stories.js';
import { neverSettles, widgetStoriesMeta } from '../support/widgets.js';

export default {
  title: 'Widgets/Feedback',
  component: 'mc-feedback',
  ...widgetStoriesMeta('Phản ánh, kiến nghị: send (the contact details Decree 20/2008/NĐ-CP requires, the personal data notice and two separate consents, where complaints and denunciations go), follow with the code and the last 4 digits of the phone (deadline in working days, overdue, forwarded, answer or refusal with where to go, resolved or not), and the published answers, searchable and paged. Sending goes through the SDK outbox.'),
} satisfies Meta;

const s = storiesFromExamples(examples);
export const GuiPhanAnh: StoryObj = { ...s.GuiPhanAnh };
export const ThieuThongTin: StoryObj = { ...s.ThieuThongTin };
export const DaGui: StoryObj = { ...s.DaGui };
export const DaLuuChoGui: StoryObj = { ...s.DaLuuChoGui, tags: ['expect-network-errors'] /* connection refused: the outbox keeps the item and retries */ };
export const TheoDoi: StoryObj = { ...s.TheoDoi };
export const CauHoiDaTraLoi: StoryObj = { ...s.CauHoiDaTraLoi };
export const ChuaCoCauTraLoi: StoryObj = { ...s.ChuaCoCauTraLoi };
export const DangTai: StoryObj = neverSettles(s.DangTai); // its API never answers
export const MatKetNoi: StoryObj = { ...s.MatKetNoi, tags: ['expect-network-errors'] /* connection refused */ };
export const ChuaCauHinh: StoryObj = { ...s.ChuaCauHinh };
