/** Texts of the leaders', moderator's and administrator's voice pages (spread into da.ts). */
export const voiceLeaderDa = {
  voiceOverview: {
    nav: 'Medarbejdernes stemme',
    title: 'Medarbejdernes stemme',
  },
  voiceModeration: {
    nav: 'Tekster til frigivelse',
    title: 'Tekster til frigivelse',
  },
  voiceSettings: {
    title: 'Indstillinger for medarbejdernes stemme',
  },
};
