/** Texts of the glossary, the readability panel and the readability report (spread into da.ts). */
export const glossaryDa = {
  glossary: { nav: 'Ordliste', title: 'Ordliste' },
  readability: { nav: 'Læsbarhed', title: 'Læsbarhed' },
};
