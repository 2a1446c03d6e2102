import type { narrativeDa } from './narrative.da.js';

export const narrativeEn: typeof narrativeDa = {
  narrative: {
    nav: 'Narrative',
    title: 'Our digital narrative',
    editor: { title: 'Edit the narrative' },
  },
};
