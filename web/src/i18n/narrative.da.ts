/** Texts of the base narrative pages (spread into da.ts). */
export const narrativeDa = {
  narrative: {
    nav: 'Fortælling',
    title: 'Vores digitale fortælling',
    editor: { title: 'Rediger fortællingen' },
  },
};
