import type { ModuleKind } from './schemas/programmes.js';

/** The four focus areas every organisation starts with; `key` lets templates find them after a rename. */
export const DEFAULT_FOCUS_AREAS = [
  {
    key: 'automation',
    name: 'Automatisering',
    description:
      'Opgaver, som teknologi kan løse helt eller delvist, så der bliver tid til det, der kræver mennesker.',
    colour: '#1d5a85',
  },
  {
    key: 'data',
    name: 'Dataunderstøttelse',
    description: 'At bruge data til at se, hvad der virker, og til at træffe bedre beslutninger.',
    colour: '#5f3c91',
  },
  {
    key: 'technology',
    name: 'Teknologianvendelse',
    description:
      'At tage teknologi i brug i kerneopgaven, så den gør en forskel for borgerne og medarbejderne.',
    colour: '#2a6b2f',
  },
  {
    key: 'coherence',
    name: 'Organisatorisk sammenhængskraft',
    description: 'At digitaliseringen hænger sammen på tværs af områder, fag, HR og IT.',
    colour: '#a3261d',
  },
] as const;
export type FocusAreaKey = (typeof DEFAULT_FOCUS_AREAS)[number]['key'];

export interface TemplateModule {
  kind: ModuleKind;
  title: string;
  description: string;
  durationMinutes: number;
  objectives: string[];
  focusAreas: FocusAreaKey[];
}
export interface TemplateTrack {
  title: string;
  description: string;
  modules: TemplateModule[];
}

const ALL: FocusAreaKey[] = ['automation', 'data', 'technology', 'coherence'];

const competence = (key: FocusAreaKey, name: string, question: string): TemplateModule => ({
  kind: 'session',
  title: `Kompetencesession: ${name}`,
  description: `Oplæg, eksempler fra kommuner og drøftelse i mindre grupper.\n\n**Spørgsmålet til dagen:** ${question}`,
  durationMinutes: 180,
  objectives: [
    `Kunne forklare med egne ord, hvad ${name.toLowerCase()} kan betyde i mit område`,
    'Have et konkret eksempel med hjem, som jeg kan drøfte med mine medarbejdere',
  ],
  focusAreas: [key],
});

const learningSet = (n: number): TemplateModule => ({
  kind: 'learning_set_meeting',
  title: `Læringsgruppemøde ${n}`,
  description:
    'Hver deltager fortæller kort, hvad der er sket i aktionsprojektet. Gruppen stiller spørgsmål – ingen gode råd – og deltageren vælger sit næste skridt.',
  durationMinutes: 120,
  objectives: ['Blive klogere på min egen udfordring gennem de andres spørgsmål', 'Aftale mit næste skridt'],
  focusAreas: [],
});

/**
 * "Digital ledelse i tre spor": competence development, action learning coupled to practice, and
 * organisational support, around the four focus areas. Written for this project, in plain Danish.
 */
export const DIGITAL_LEADERSHIP_TEMPLATE: readonly TemplateTrack[] = [
  {
    title: 'Spor 1: Kompetenceudvikling',
    description:
      'Fælles viden og et fælles sprog om digital ledelse, med udgangspunkt i de fire fokusområder.',
    modules: [
      {
        kind: 'session',
        title: 'Kick-off: Hvorfor digital ledelse nu?',
        description:
          'Direktionen fortæller, hvorfor forløbet er sat i gang. Vi ser på, hvor vi står i dag – nysgerrigt og uden pynt – og hvad forløbet skal føre til.',
        durationMinutes: 180,
        objectives: [
          'Kende formålet med forløbet og de tre spor',
          'Have mødt de andre ledere i min læringsgruppe',
        ],
        focusAreas: ALL,
      },
      competence('automation', 'Automatisering', 'Hvilke opgaver i mit område kunne løses anderledes?'),
      competence(
        'data',
        'Dataunderstøttelse',
        'Hvilke tal ville hjælpe mig med at træffe bedre beslutninger?',
      ),
      competence(
        'technology',
        'Teknologianvendelse',
        'Hvad skal der til, før en ny teknologi bliver brugt i hverdagen?',
      ),
      competence(
        'coherence',
        'Organisatorisk sammenhængskraft',
        'Hvem skal jeg samarbejde med på tværs for at lykkes?',
      ),
    ],
  },
  {
    title: 'Spor 2: Aktionslæring og kobling til praksis',
    description:
      'Lederen tager udgangspunkt i en udfordring i sin egen kerneopgave og arbejder den igennem sammen med en lærende gruppe.',
    modules: [
      {
        kind: 'assignment',
        title: 'Aktionsprojekt: Find din egen udfordring',
        description:
          'Beskriv en konkret udfordring i din egen opgaveløsning. Start med opgaven – teknologien kommer bagefter.\n\n- Hvad er udfordringen?\n- Hvem mærker den?\n- Hvordan vil du vide, at det er blevet bedre?',
        durationMinutes: 240,
        objectives: [
          'Have formuleret mit aktionslæringsspørgsmål',
          'Have talt med mindst to medarbejdere om udfordringen',
        ],
        focusAreas: [],
      },
      learningSet(1),
      learningSet(2),
      {
        kind: 'workshop',
        title: 'Workshop: Fra idé til afprøvning',
        description:
          'Vi går fra idé til en lille, konkret afprøvning i hverdagen. Medarbejdere fra IT og Digitalisering deltager og hjælper med at finde løsninger, der allerede findes.',
        durationMinutes: 240,
        objectives: ['Have en plan for en afprøvning i mit område', 'Vide, hvem i IT jeg kan spørge'],
        focusAreas: ['automation', 'technology'],
      },
      learningSet(3),
    ],
  },
  {
    title: 'Spor 3: Organisatorisk understøttelse',
    description: 'HR, IT og fagområderne støtter op, så det lærte bliver til praksis i hele organisationen.',
    modules: [
      {
        kind: 'workshop',
        title: 'Workshop: Roller og ansvar i digitaliseringen',
        description:
          'Hvem gør hvad, når en ny teknologi skal i brug? Vi gennemgår ansvarsfordelingen og retter det, der ikke passer til virkeligheden.',
        durationMinutes: 180,
        objectives: ['Vide, hvad jeg selv har ansvaret for', 'Vide, hvem jeg skal spørge eller orientere'],
        focusAreas: ['coherence'],
      },
      {
        kind: 'workshop',
        title: 'Workshop: Vores fælles basisfortælling',
        description:
          'Vi skriver den strategiske fortælling om til et sprog, alle kan forstå – med teknologien i parentes – så lederne kan tage den med hjem til deres medarbejdere.',
        durationMinutes: 180,
        objectives: [
          'Kunne fortælle basisfortællingen med mine egne ord',
          'Have prøvet den af på en kollega',
        ],
        focusAreas: ['coherence'],
      },
      {
        kind: 'session',
        title: 'Afslutning: Indsigter og næste skridt',
        description:
          'Læringsgrupperne deler, hvad de har lært. Vi samler indsigterne, så de kan bruges af andre, og aftaler, hvordan arbejdet fortsætter i driften.',
        durationMinutes: 180,
        objectives: ['Have delt mine vigtigste indsigter', 'Vide, hvordan jeg fortsætter i hverdagen'],
        focusAreas: ALL,
      },
    ],
  },
];
