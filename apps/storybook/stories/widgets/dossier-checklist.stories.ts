// Stories of <mc-dossier-checklist> from its examples list (the same list the tests and a11y checks use).
// The widget talks to a REAL Một Cửa API: Storybook cannot start one, so run `npm start` (it serves
// http://localhost:8080) or set the Storybook global `api` (e.g. `&globals=api:http://host:port` in
// the URL) or the `motcuaApi` parameter. The offline and error stories point at an unreachable
// address / a path the API does not serve, on purpose.
import type { Decorator, Meta } from '@storybook/web-components-vite';
import '../../../../packages/widgets/src/dossier-checklist/define.js';
import { examples } from '../../../../packages/widgets/src/dossier-checklist/dossier-checklist.examples.js';
import { exampleEnv } from '../../../../packages/widgets/src/shared/example-env.js';
import { storiesFromExamples } from '../support/stories.js';

const DEFAULT_API = 'http://localhost:8080';

/** Points the examples at the API chosen for this Storybook (global `api`, parameter `motcuaApi`). */
const withApi: Decorator = (story, context) => {
  const fromGlobal = context.globals['api'];
  const fromParameter = context.parameters['motcuaApi'];
  exampleEnv.api = typeof fromGlobal === 'string' && fromGlobal ? fromGlobal : typeof fromParameter === 'string' && fromParameter ? fromParameter : DEFAULT_API;
  return story();
};

export default {
  title: 'Widgets/Dossier checklist',
  component: 'mc-dossier-checklist',
  decorators: [withApi],
  parameters: {
    motcuaApi: DEFAULT_API,
    docs: {
      description: {
        component:
          'Renders against a real Một Cửa API: `npm start` serves one at http://localhost:8080 (the default here); another can be chosen with the Storybook global `api` or the `motcuaApi` parameter. Offline and error stories use an unreachable address on purpose.',
      },
    },
  },
} satisfies Meta;

const { DangTai, NhieuTruongHop, DaChonTruongHop, MotTruongHop, TenDai, KhongCoDonVi, KhongTimThay, Loi, MatKetNoi, TiengAnh, GiaoDienTuongPhanCao, GiaoDienQuangNinh } = storiesFromExamples(examples);
export { DangTai, NhieuTruongHop, DaChonTruongHop, MotTruongHop, TenDai, KhongCoDonVi, KhongTimThay, Loi, MatKetNoi, TiengAnh, GiaoDienTuongPhanCao, GiaoDienQuangNinh };
