import type { voiceLeaderDa } from './voiceLeader.da.js';

export const voiceLeaderEn: typeof voiceLeaderDa = {
  voiceOverview: {
    nav: 'Employee voice',
    title: 'Employee voice',
  },
  voiceModeration: {
    nav: 'Texts to release',
    title: 'Texts to release',
  },
  voiceSettings: {
    title: 'Employee voice settings',
  },
};
