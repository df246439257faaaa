import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import type { StepperStep } from './stepper.js';
import './define.js';

export const applySteps: StepperStep[] = [
  { label: 'Chọn thủ tục' },
  { label: 'Nộp hồ sơ' },
  { label: 'Thanh toán lệ phí' },
  { label: 'Xác nhận' },
  { label: 'Nhận kết quả' },
];

export const examples: ComponentExample[] = [
  {
    name: 'Default',
    description: 'Step 2 of 5 in progress.',
    render: () => html`<mc-stepper label="Các bước nộp hồ sơ" .steps=${applySteps} current="1"></mc-stepper>`,
  },
  {
    name: 'First step',
    render: () => html`<mc-stepper .steps=${applySteps} current="0"></mc-stepper>`,
  },
  {
    name: 'Complete',
    render: () => html`<mc-stepper .steps=${applySteps} current="5"></mc-stepper>`,
  },
  {
    name: 'From attribute',
    render: () => html`<mc-stepper
      steps='[{"label":"Khai báo"},{"label":"Đính kèm giấy tờ"},{"label":"Gửi"}]'
      current="2"
    ></mc-stepper>`,
  },
  {
    name: 'Bar',
    description: 'A progress bar named by the `label` attribute.',
    render: () => html`<mc-stepper variant="bar" current="3" total="5" label="3 trên 5 giấy tờ đã sẵn sàng"></mc-stepper>`,
  },
  {
    name: 'Bar without label',
    render: () => html`<mc-stepper variant="bar" .steps=${applySteps} current="2"></mc-stepper>`,
  },
  {
    name: 'Long Vietnamese text',
    render: () => html`<mc-stepper
      .steps=${[
        { label: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân' },
        { label: 'Đính kèm bản sao có chứng thực giấy tờ tùy thân' },
        { label: 'Nhận kết quả tại Bộ phận một cửa' },
      ]}
      current="1"
    ></mc-stepper>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en">
      <mc-stepper
        label="Application steps"
        .steps=${[{ label: 'Choose a service' }, { label: 'Fill in the form' }, { label: 'Pay the fee' }, { label: 'Confirm' }]}
        current="2"
      ></mc-stepper>
    </div>`,
  },
];
