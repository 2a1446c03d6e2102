import type { NarrativePart } from '../../../../core/schemas/narrative.js';

/**
 * Demo Kommune's base narrative, written for this project in plain Danish (LIX about 30–40):
 * people, citizens and the core task first, technology in brackets. Parts name focus areas by
 * their name in the demo catalogue (core/programme-template.ts); the seed looks up their ids.
 */
export type SeedPart = Omit<NarrativePart, 'focusAreaIds'> & { focusAreas: string[] };

export const NARRATIVE_TITLE = 'Vores digitale fortælling';

const coreTask: SeedPart = {
  key: 'kerneopgaven',
  headline: 'Vi starter med kerneopgaven',
  body: 'Digitalisering er ikke et mål i sig selv. Vi bruger den, når den gør hverdagen bedre for borgerne og for jer, der løser opgaven. Derfor starter vi altid med opgaven og med de mennesker, der er tæt på den. Teknologien kommer bagefter (den er et redskab, ikke en plan).',
  forLeaders:
    'Spørg dit team: Hvad bruger vi tid på, som ikke gavner borgeren? Begynd der. Du behøver ikke kende teknologien for at lede forandringen i din egen afdeling.',
  principles: [
    'Når vi vælger en ny løsning, prioriterer vi det, borgerne mærker, før det, der ser smart ud.',
  ],
  focusAreas: ['Teknologianvendelse'],
};

const timeForPeople: SeedPart = {
  key: 'tid-til-mennesker',
  headline: 'Mere tid til det, der kræver mennesker',
  body: 'Mange opgaver er ens hver dag. Nogle af dem kan en maskine klare (fx en robot, der flytter data fra ét system til et andet). Den tid, vi sparer, skal gå til samtaler, omsorg og faglige vurderinger. Vi bruger ikke maskinerne til at spare medarbejdere væk.',
  forLeaders:
    'Find sammen med dit team de opgaver, der gentager sig hver gang. Tal åbent om, hvad I vil bruge den sparede tid til i hverdagen.',
  principles: [
    'Når vi vælger, hvad der skal klares af en maskine, prioriterer vi de opgaver, hvor tiden kan gå tilbage til borgeren.',
    'Når vi lader en maskine gøre arbejdet, prioriterer vi, at en medarbejder altid kan se og rette, hvad den har gjort.',
  ],
  focusAreas: ['Automatisering'],
};

const data: SeedPart = {
  key: 'data',
  headline: 'Vi bruger tal til at blive klogere',
  body: 'Tal kan vise os, hvad der virker, og hvad der ikke gør. Men tallene fortæller ikke hele historien. Vi bruger dem sammen med det, borgere og medarbejdere fortæller os. Vi passer godt på oplysninger om borgerne (vi følger reglerne om databeskyttelse).',
  forLeaders:
    'Tag et par enkle tal med til teammødet. Spørg: Hvad fortæller tallene, og hvad fortæller de ikke?',
  principles: [
    'Når vi vælger, hvilke tal vi samler, prioriterer vi dem, der hjælper os med at gøre det bedre for borgerne.',
  ],
  focusAreas: ['Dataunderstøttelse'],
};

const together: SeedPart = {
  key: 'sammen',
  headline: 'Vi gør det sammen på tværs',
  body: 'En løsning, der virker i ét område, kan ofte bruges i et andet. Derfor deler vi erfaringer på tværs af forvaltningerne, også når noget går galt. Fagfolk, HR og IT arbejder sammen fra begyndelsen. Ingen medarbejder skal stå alene med noget nyt.',
  forLeaders:
    'Fortæl de andre ledere om det, I afprøver. Kontakt IT og HR tidligt i forløbet, ikke først når alt er besluttet.',
  principles: [
    'Når vi vælger mellem vores egen løsning og en fælles, prioriterer vi den fælles, hvis den dækker behovet.',
  ],
  focusAreas: ['Organisatorisk sammenhængskraft'],
};

const staff: SeedPart = {
  key: 'medarbejderne',
  headline: 'Medarbejderne er med fra start',
  body: 'Medarbejderne, der løser opgaven hver dag, ved bedst, hvor arbejdsgangene driller. Derfor skal de være med, når vi vælger og afprøver noget nyt. Vi giver tid til at lære (kurser og hjælp fra en kollega). Det er helt i orden at være usikker i begyndelsen.',
  forLeaders:
    'Giv plads til at prøve og fejle. Sørg for, at alle i teamet får tid til at lære det nye, også de medarbejdere, der er mest skeptiske.',
  principles: [
    'Når vi vælger, hvornår vi går i gang, prioriterer vi, at medarbejderne er klar, før vi tager det nye i brug.',
  ],
  focusAreas: ['Teknologianvendelse', 'Organisatorisk sammenhængskraft'],
};

const smallFirst: SeedPart = {
  key: 'smaat-foerst',
  headline: 'Vi prøver i det små først',
  body: 'Vi afprøver en ny idé i lille skala, før vi bruger den i hele kommunen. Så lærer vi hurtigt, og det koster ikke meget. Virker forsøget, spreder vi det til flere områder. Virker det ikke, stopper vi i tide og fortæller andre, hvad vi lærte.',
  forLeaders:
    'Vælg ét lille forsøg ad gangen. Aftal fra starten, hvordan I kan se, om forsøget virker for borgerne.',
  principles: [
    'Når vi vælger mellem en stor plan og et lille forsøg, prioriterer vi forsøget, så vi lærer af hverdagen.',
  ],
  focusAreas: ['Teknologianvendelse', 'Automatisering'],
};

/** Version 2: a clearer word for leaders in part two, and a new part on starting small. */
export const NARRATIVE_V2: SeedPart[] = [coreTask, timeForPeople, data, together, staff, smallFirst];

/** Version 1, as first published: five parts. */
export const NARRATIVE_V1: SeedPart[] = [
  coreTask,
  {
    ...timeForPeople,
    forLeaders:
      'Find de opgaver i dit team, der er ens hver gang. Tal om, hvad den sparede tid skal bruges til.',
  },
  data,
  together,
  staff,
];

/** Questions by demo logins; answered by the administrator, except the last (open, from Lene Leder). */
export const NARRATIVE_QUESTIONS: ReadonlyArray<{
  key: string;
  askedBy: string;
  partKey: string;
  question: string;
  answer: string | null;
  askedDaysAgo: number;
  answeredDaysAgo: number | null;
}> = [
  {
    key: 'sparet-tid',
    askedBy: 'leder@demo.aktion.dk',
    partKey: 'tid-til-mennesker',
    question: 'Hvem bestemmer, hvad den sparede tid skal bruges til i mit team?',
    answer:
      'Det gør du sammen med dit team. Der er ingen fast regel. Tal om det på et teammøde, og skriv ned, hvad I aftaler. Spørg Personale og Organisation, hvis I vil have hjælp til samtalen.',
    askedDaysAgo: 50,
    answeredDaysAgo: 47,
  },
  {
    key: 'tid-til-at-laere',
    askedBy: 'medarbejder@demo.aktion.dk',
    partKey: 'medarbejderne',
    question: 'Hvad gør jeg, hvis jeg ikke har tid til at lære et nyt system?',
    answer:
      'Sig det til din leder. Tid til at lære er en del af arbejdet, ikke noget ekstra. Din leder skal sørge for, at der er plads til det i planen.',
    askedDaysAgo: 40,
    answeredDaysAgo: 38,
  },
  {
    key: 'tal-om-borgere',
    askedBy: 'direktion@demo.aktion.dk',
    partKey: 'data',
    question: 'Må vi bruge tal om borgerne til at planlægge bedre?',
    answer:
      'Ja, når det sker inden for reglerne. Brug helst tal, hvor man ikke kan se, hvem borgeren er. Spørg IT og Digitalisering, før I går i gang, hvis du er i tvivl.',
    askedDaysAgo: 15,
    answeredDaysAgo: 12,
  },
  {
    key: 'lille-forsoeg',
    askedBy: 'leder@demo.aktion.dk',
    partKey: 'smaat-foerst',
    question: 'Hvor stort må et lille forsøg være, før jeg skal spørge min chef?',
    answer: null,
    askedDaysAgo: 4,
    answeredDaysAgo: null,
  },
];
