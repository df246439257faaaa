// English validation messages of the dossier code and verifier fields (see code-messages.ts),
// loaded with the tracker's and the survey's English strings (englishMessages in shared/widget.ts).
import type { Messages } from '@motcua/ui';

export const en: Partial<Messages> = {
  'tracker.code.missing': 'Please enter the dossier code.',
  'tracker.code.chars': 'A dossier code has only letters, digits, dots and hyphens (-). Remove spaces or slashes.',
  'tracker.code.format': 'This is not a dossier code yet. It has three parts joined by hyphens: agency code, 6-digit date (year, month, day), 4-digit number. For example: 000.00.25.H53-261120-0012.',
  'tracker.verifier.missing': 'Please enter the 4 verification digits.',
  'tracker.verifier.digits': 'Digits (0–9) only.',
  'tracker.verifier.length': 'Enter exactly 4 digits.',
};
