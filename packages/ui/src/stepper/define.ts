import { McStepper } from './stepper.js';
McStepper.define();
