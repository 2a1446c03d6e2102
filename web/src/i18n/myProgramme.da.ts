/** Danish texts of "Mit forløb" (spread into da.ts; English in myProgramme.en.ts). */
export const myProgrammeDa = {
  myProgramme: {
    nav: 'Mit forløb',
    title: 'Mit forløb',
    intro:
      'Her kan du se, hvad der skal ske på dit forløb, hvad du skal forberede, og hvor du har været med.',
    none: 'Du er ikke tilmeldt et forløb lige nu.',
    period: '{{programme}}, {{version}}. Periode: {{from}} – {{to}}',
    upcomingHeading: 'Kommende aktiviteter',
    upcomingNone: 'Der er ikke flere planlagte aktiviteter.',
    pastHeading: 'Afholdte aktiviteter',
    pastNone: 'Der er ikke afholdt nogen aktiviteter endnu.',
    when: '{{day}} kl. {{from}}–{{to}}',
    place: 'Sted: {{place}}',
    online: 'Online-møde',
    placeUnknown: 'Stedet er ikke fastlagt endnu.',
    prepareHeading: 'Det skal du forberede',
    objectives: 'Det skal du lære',
    materials: 'Materialer',
    download: 'Hent i kalender (.ics)',
    downloadLabel: 'Hent {{title}} i kalender (.ics)',
    attendance: {
      present: 'Du var med',
      absent: 'Du var ikke med',
      absentReason: 'Du var ikke med ({{reason}})',
      unmarked: 'Fremmøde er ikke registreret',
    },
    rateHeading: 'Mit fremmøde',
    rate: 'Du har været med til {{present}} af {{marked}} aktiviteter, hvor fremmøde er registreret ({{percent}} %).',
    rateNone: 'Der er ikke registreret fremmøde for dig endnu.',
    calendar: {
      heading: 'Kalender-abonnement',
      intro:
        'Et kalender-abonnement er et personligt link til dine aktiviteter. Læg linket ind i Outlook eller din telefons kalender, så kommer forløbets aktiviteter automatisk med, også når de bliver flyttet.',
      secret: 'Linket er personligt. Del det ikke med andre: alle med linket kan se dine aktiviteter.',
      none: 'Du har ikke lavet et link endnu.',
      exists:
        'Du lavede dit link {{date}}. Af sikkerhedshensyn kan vi ikke vise det igen. Har du mistet det, kan du lave et nyt.',
      create: 'Lav link til kalender-abonnement',
      renew: 'Lav et nyt link',
      confirm:
        'Når du laver et nyt link, holder det gamle op med at virke med det samme. Kalendere, der bruger det gamle link, får ikke flere opdateringer. Vil du fortsætte?',
      confirmLabel: 'Ja, lav et nyt link',
      linkLabel: 'Dit link til kalender-abonnement',
      shownOnce: 'Kopiér linket nu: det bliver kun vist denne ene gang.',
      copy: 'Kopiér link',
      copied: 'Linket er kopieret.',
      copyFailed: 'Linket kunne ikke kopieres. Markér det og kopiér det selv.',
    },
  },
};
