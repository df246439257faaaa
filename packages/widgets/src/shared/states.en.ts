// English strings of the shared states, loaded only when a widget renders in English
// (McWidget.lazyMessages; widgets with English strings of their own merge these first).
import type { Messages } from '@motcua/ui';

export const en: Partial<Messages> = {
  'state.offline.heading': 'No connection',
  'state.offline.body': 'The server could not be reached. Check your connection and try again; the page will try again when you are back online.',
  'state.error.heading': 'The data could not be loaded',
  'state.error.body': 'The server is having a problem. Please try again in a few minutes.',
  'state.retry': 'Try again',
  'state.config.heading': 'This widget is not configured correctly',
  'state.config.api': 'The server address (api attribute) is missing or not valid.',
  'state.config.unit': 'The unit code (unit attribute, 5 digits) is missing or not valid.',
  'state.rateLimited': 'Too many requests. Please try again in {seconds} seconds.',
  'state.rateLimitedOver': 'You can try again now.',
};
