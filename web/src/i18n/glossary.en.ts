import type { glossaryDa } from './glossary.da.js';

export const glossaryEn: typeof glossaryDa = {
  glossary: { nav: 'Glossary', title: 'Glossary' },
  readability: { nav: 'Readability', title: 'Readability' },
};
