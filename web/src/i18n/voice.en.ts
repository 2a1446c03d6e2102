import type { voiceDa } from './voice.da.js';

export const voiceEn: typeof voiceDa = {
  voice: {
    nav: 'Your voice',
    title: 'Say it as it is',
  },
};
