// English strings of <mc-service-index>, in a module of their own: the CDN bundle carries only
// Vietnamese (the default); this is fetched when a widget renders in English
// (McElement.lazyMessages, which holds the render until it is here: no flash of Vietnamese).
import type { Messages } from '@motcua/ui';

export const en: Partial<Messages> = {
  'index.heading': 'Dossier handling figures',
  'index.headingUnit': 'Dossier handling figures — {unit}',
  'index.period': 'Last 12 months, {from} to {to}',
  'index.about': 'Counted from this unit’s dossiers and evaluations; not the official 100-point index of Decision 766/QĐ-TTg.',
  'index.onTime': 'Resolved on time',
  'index.onTimeDetail': '{onTime} of {resolved} resolved dossiers',
  'index.overdue': 'Late',
  'index.overdueValue': '{count} dossiers',
  'index.overdueDetail': 'Resolved late or now overdue',
  'index.online': 'Submitted online',
  'index.onlineDetail': 'Of {received} dossiers received',
  'index.satisfaction': 'Citizens satisfied',
  'index.satisfactionDetail': 'From {evaluations} dossier evaluations and {surveys} surveys',
  'index.noData': 'No data yet',
  'index.percent': '{value}%',
  'index.chart.heading': 'Dossiers resolved per month',
  'index.chart.title': 'Column chart: dossiers resolved on time and late each month, {from} to {to}. See the data table to read each month.',
  'index.chart.onTime': 'On time',
  'index.chart.overdue': 'Late',
  'index.table.show': 'Show the data table',
  'index.table.hide': 'Hide the data table',
  'index.table.caption': 'Dossiers per month',
  'index.table.month': 'Month',
  'index.table.received': 'Received',
  'index.table.onTime': 'On time',
  'index.table.overdue': 'Late',
  'index.month': '{month}/{year}',
  'index.monthShort': '{monthName}',
  'index.empty.heading': 'No data yet',
  'index.empty.body': 'No dossier was recorded for this unit in the last 12 months.',
  'index.notFound': 'No unit has the code {unit}. Please tell the site administrator.',
};
