/** Danish texts of the cohort overview (spread into da.ts; English in cohortOverview.en.ts). */
export const cohortOverviewDa = {
  cohortOverview: {
    heading: 'Overblik',
    intro: 'Hvem holdet når, fordelt på områder og ledelsesniveauer, og hvordan fremmødet går.',
    introObserver:
      'Du ser holdets tal, men ingen navne. Tal for grupper med færre end {{k}} personer er skjult, så ingen kan genkendes.',
    withheld:
      'Nogle tal er skjult, fordi de dækker færre end {{k}} personer. Et andet tal kan også være skjult, så det skjulte ikke kan regnes ud.',
    hidden: 'skjult',
    attendance: 'Samlet fremmøde',
    rateNone: 'Intet registreret endnu',
    missedTwo: 'Har misset to aktiviteter i træk',
    missedTwoWho: 'Har misset to aktiviteter i træk',
    byArea: 'Deltagere fordelt på område',
    byLevel: 'Deltagere fordelt på ledelsesniveau',
    area: 'Område',
    level: 'Niveau',
    noArea: 'Uden enhed',
  },
};
