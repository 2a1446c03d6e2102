import type { responsibilitiesDa } from './responsibilities.da.js';

export const responsibilitiesEn: typeof responsibilitiesDa = {
  responsibilities: {
    nav: 'Responsibilities',
    title: 'Roles and responsibilities',
    editor: { title: 'Edit roles and responsibilities' },
    mine: { title: 'What I am responsible for' },
  },
};
