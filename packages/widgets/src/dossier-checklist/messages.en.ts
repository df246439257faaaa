// English strings of <mc-dossier-checklist>, in a module of their own: the CDN bundle carries only
// Vietnamese (the default); this is fetched when a widget renders in English
// (McElement.lazyMessages, which holds the render until it is here: no flash of Vietnamese).
import type { MessageParams, Messages } from '@motcua/ui';

export const en: Partial<Messages> = {
  'checklist.heading': 'Papers to prepare',
  'checklist.procedure': 'Procedure: {name} (code {code})',
  'checklist.notFound.heading': 'Procedure not found',
  'checklist.notFound.body': 'There is no procedure with code {code} in the catalog. Check the code.',
  'checklist.noProcedure': 'No procedure chosen (procedure attribute).',
  'checklist.case.label': 'Your case',
  'checklist.case.hint': 'The papers differ from case to case. Choose the case that fits you first.',
  'checklist.case.pick': 'Choose your case above to see the list of papers.',
  'checklist.case.chosen': 'Case: {name}',
  'checklist.list.label': 'List of papers',
  'checklist.progress': '{ready} of {total} ready',
  'checklist.progress.done': 'All {total} papers are ready.',
  'checklist.saved': 'Your ticks are saved on this device.',
  'checklist.copies': (p: MessageParams) => {
    const originals = Number(p['originals'] ?? 0);
    const copies = Number(p['copies'] ?? 0);
    const parts: string[] = [];
    if (originals) parts.push(`${originals} original${originals > 1 ? 's' : ''}`);
    if (copies) parts.push(`${copies} cop${copies > 1 ? 'ies' : 'y'}`);
    return parts.join(', ');
  },
  'checklist.showOnly': 'Bring it to show; it is not handed in',
  'checklist.optional': 'Only if this applies to you',
  'checklist.form': 'Download form {code}',
  'checklist.form.name': 'Download form: {name}',
  'checklist.eform': 'An electronic form is available online',
  'checklist.reuse.badge': 'You may not need this paper',
  'checklist.reuse.population': 'The data is already in the national population database (VNeID).',
  'checklist.reuse.civil-status': 'The data is already in the electronic civil-status database.',
  'checklist.reuse.social-insurance': 'The data is already in the national insurance database.',
  'checklist.reuse.land': 'The data is already in the national land database.',
  'checklist.reuse.business': 'The data is already in the national business registration database.',
  'checklist.due.heading': 'Expected result date',
  'checklist.due.today': 'If you submit today, the result is expected on {date}.',
  'checklist.due.deferred': 'It is after {cutoff} or a day off today, so the dossier counts from the next working day ({from}).',
  'checklist.due.note': 'Counted in working days (not weekends or public holidays), from the in-person time limit: “{text}”. The official date is written on your receipt.',
  'checklist.due.unknown': 'Time limit: {text}',
  'checklist.fees.heading': 'Time limits and fees',
  'checklist.channel.in-person': 'In person',
  'checklist.channel.online': 'Online',
  'checklist.channel.postal': 'By public postal service',
  'checklist.timeLimit': 'Time limit',
  'checklist.fee': 'Fee',
  'checklist.where.heading': 'Where to submit',
  'checklist.where.phone': 'Phone: {phone}',
  'checklist.rights.heading': 'Your rights',
  'checklist.rights.only': 'Catalog published by Decision {decision}. Staff may not ask for papers outside that catalog (Article 5, Decree 118/2025/NĐ-CP).',
  'checklist.rights.reuse': 'For papers marked “You may not need this paper”, staff must look the data up themselves instead of asking you for it again.',
  'checklist.rights.report': 'If you are asked for more, you have the right to report it on the National Public Service Portal or the hotline:',
  'checklist.rights.link': 'Send feedback (National Public Service Portal)',
  'checklist.print': 'Print the list',
  'checklist.print.link': 'See it online: {url}',
  'checklist.print.printed': 'Printed on {date}',
  'checklist.newTab': '(opens in a new tab)',
};
