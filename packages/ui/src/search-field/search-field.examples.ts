import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import type { McSearchField, SearchSuggestion } from './search-field.js';
import './define.js';

export const procedures: SearchSuggestion[] = [
  { value: '1.001193', label: 'Đăng ký khai sinh', description: 'Lĩnh vực hộ tịch' },
  { value: '1.001022', label: 'Đăng ký kết hôn', description: 'Lĩnh vực hộ tịch' },
  { value: '1.000656', label: 'Đăng ký khai tử', description: 'Lĩnh vực hộ tịch' },
  { value: '1.004222', label: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân', description: 'Lĩnh vực hộ tịch' },
];

export const examples: ComponentExample[] = [
  {
    name: 'Default',
    description: 'The page answers each mc-input with matching suggestions (a widget would debounce and fetch).',
    render: () =>
      html`<mc-search-field
        label="Tìm thủ tục hành chính"
        placeholder="Ví dụ: khai sinh"
        @mc-input=${(e: CustomEvent<{ value: string }>) => {
          const q = e.detail.value.trim().toLowerCase();
          (e.currentTarget as McSearchField).suggestions = q ? procedures.filter((p) => p.label.toLowerCase().includes(q)) : [];
        }}
      ></mc-search-field>`,
  },
  {
    name: 'With hint',
    render: () => html`<mc-search-field label="Tìm thủ tục hành chính" hint="Gõ tên thủ tục hoặc mã thủ tục." .suggestions=${procedures}></mc-search-field>`,
  },
  { name: 'With value', render: () => html`<mc-search-field label="Tìm thủ tục hành chính" value="khai sinh" .suggestions=${procedures}></mc-search-field>` },
  { name: 'Default label', description: 'No label given: "Tìm kiếm" from the catalog.', render: () => html`<mc-search-field></mc-search-field>` },
  { name: 'With error', render: () => html`<mc-search-field label="Tìm hồ sơ" value="abc" error="Mã hồ sơ chưa đúng, ví dụ: 000.00.12.H56-241122-0001."></mc-search-field>` },
  { name: 'Disabled', render: () => html`<mc-search-field label="Tìm thủ tục hành chính" disabled></mc-search-field>` },
  {
    name: 'Long Vietnamese text',
    render: () => html`<mc-search-field label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân" value="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân"></mc-search-field>`,
  },
  { name: 'English', render: () => html`<div lang="en"><mc-search-field value="birth" .suggestions=${procedures.slice(0, 1)}></mc-search-field></div>` },
];
