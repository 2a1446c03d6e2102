/** Texts of the employee's voice page: posting and reading answers (spread into da.ts). */
export const voiceDa = {
  voice: {
    nav: 'Din stemme',
    title: 'Sig det, som det er',
  },
};
