/** Texts of the responsibility matrix pages (spread into da.ts). */
export const responsibilitiesDa = {
  responsibilities: {
    nav: 'Ansvar',
    title: 'Roller og ansvar',
    editor: { title: 'Rediger roller og ansvar' },
    mine: { title: 'Det har jeg ansvar for' },
  },
};
