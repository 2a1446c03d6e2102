/**
 * Instrument version 1, part one: the four focus areas (keys as DEFAULT_FOCUS_AREAS in
 * core/programme-template.ts). Written for this project; no item is taken from another instrument.
 */
import type { Dimension } from './instrument.js';

export const FOCUS_AREA_DIMENSIONS: readonly Dimension[] = [
  {
    key: 'automation',
    kind: 'focus_area',
    name: { da: 'Automatisering', en: 'Automation' },
    description: {
      da: 'At se, hvilke opgaver teknologi kan overtage helt eller delvist, så der bliver mere tid til det, der kræver mennesker.',
      en: 'Seeing which tasks technology can take over, fully or partly, so there is more time for what needs people.',
    },
    items: [
      {
        key: 'automation.routine-tasks',
        reverse: false,
        text: {
          da: 'Jeg kan nævne opgaver i mit område, som bliver gjort på samme måde igen og igen og kunne klares af en maskine.',
          en: 'I can name tasks in my area that are done the same way again and again and could be handled by a machine.',
        },
      },
      {
        key: 'automation.time-freed',
        reverse: false,
        text: {
          da: 'Jeg ved, hvad mine medarbejdere ville bruge tiden på, hvis en rutineopgave forsvandt.',
          en: 'I know what my staff would spend the time on if a routine task went away.',
        },
      },
      {
        key: 'automation.not-for-us',
        reverse: true,
        text: {
          da: 'Automatisering passer ikke til den slags arbejde, vi laver.',
          en: 'Automation does not suit the kind of work we do.',
        },
      },
      {
        key: 'automation.tried',
        reverse: false,
        text: {
          da: 'Vi har inden for det seneste år prøvet at lade teknologi overtage en del af en opgave.',
          en: 'In the past year we have tried letting technology take over part of a task.',
        },
      },
    ],
    reflections: [
      {
        da: 'Hvilken opgave i dit område bliver gjort på samme måde igen og igen – og hvad ville I bruge tiden på, hvis den blev klaret af en maskine?',
        en: 'Which task in your area is done the same way again and again – and what would you spend the time on if a machine handled it?',
      },
      {
        da: 'Hvem blandt dine medarbejdere kender de gentagne opgaver bedst, og hvordan kan du spørge dem?',
        en: 'Who among your staff knows the repeated tasks best, and how can you ask them?',
      },
    ],
  },
  {
    key: 'data',
    kind: 'focus_area',
    name: { da: 'Dataunderstøttelse', en: 'Data support' },
    description: {
      da: 'At bruge tal og oplysninger til at se, hvad der virker, og til at træffe bedre beslutninger.',
      en: 'Using figures and information to see what works and to make better decisions.',
    },
    items: [
      {
        key: 'data.decisions',
        reverse: false,
        text: {
          da: 'Når jeg skal træffe en vigtig beslutning, ser jeg på tal eller oplysninger om, hvordan det går.',
          en: 'When I have to make an important decision, I look at figures or information about how things are going.',
        },
      },
      {
        key: 'data.know-where',
        reverse: false,
        text: {
          da: 'Jeg ved, hvor jeg kan finde tal om mit område.',
          en: 'I know where to find figures about my area.',
        },
      },
      {
        key: 'data.not-useful',
        reverse: true,
        text: {
          da: 'Tal fra vores systemer siger sjældent noget, jeg kan bruge.',
          en: 'Figures from our systems rarely tell me anything I can use.',
        },
      },
      {
        key: 'data.talk-with-staff',
        reverse: false,
        text: {
          da: 'Jeg taler med mine medarbejdere om, hvad tallene fortæller om vores arbejde.',
          en: 'I talk with my staff about what the figures tell us about our work.',
        },
      },
    ],
    reflections: [
      {
        da: 'Hvilket spørgsmål om dit område ville du gerne kunne svare på med tal – og hvem kan hjælpe dig med at finde dem?',
        en: 'Which question about your area would you like to answer with figures – and who can help you find them?',
      },
      {
        da: 'Hvornår har en beslutning i dit område sidst hvilet på en fornemmelse, som tal kunne have bekræftet eller afkræftet?',
        en: 'When did a decision in your area last rest on a hunch that figures could have confirmed or disproved?',
      },
    ],
  },
  {
    key: 'technology',
    kind: 'focus_area',
    name: { da: 'Teknologianvendelse', en: 'Use of technology' },
    description: {
      da: 'At tage teknologi i brug i kerneopgaven, så den gør en forskel for borgerne og medarbejderne.',
      en: 'Putting technology to use in the core task so that it makes a difference for citizens and staff.',
    },
    items: [
      {
        key: 'technology.in-use',
        reverse: false,
        text: {
          da: 'Jeg ved, hvilke af vores digitale værktøjer der bliver brugt, og hvilke der ikke gør.',
          en: 'I know which of our digital tools are used and which are not.',
        },
      },
      {
        key: 'technology.citizens',
        reverse: false,
        text: {
          da: 'Jeg kan forklare, hvordan teknologi i mit område gør en forskel for borgerne.',
          en: 'I can explain how technology in my area makes a difference for citizens.',
        },
      },
      {
        key: 'technology.someone-else',
        reverse: true,
        text: {
          da: 'Det er andres opgave at finde ud af, hvordan ny teknologi skal bruges hos os.',
          en: "It is someone else's job to work out how new technology should be used in our place.",
        },
      },
      {
        key: 'technology.follow-up',
        reverse: false,
        text: {
          da: 'Når vi har taget noget nyt i brug, følger jeg op på, om det bliver brugt som tænkt.',
          en: 'When we have started using something new, I follow up on whether it is used as intended.',
        },
      },
    ],
    reflections: [
      {
        da: 'Hvilket digitalt værktøj har I allerede, som ikke bliver brugt, som det var tænkt – og hvad står i vejen?',
        en: 'Which digital tool do you already have that is not used as intended – and what stands in the way?',
      },
      {
        da: 'Hvad skulle der til, for at en borger i dit område mærkede forskel på grund af en teknologi, I tog i brug?',
        en: 'What would it take for a citizen in your area to notice a difference from a technology you put to use?',
      },
    ],
  },
  {
    key: 'coherence',
    kind: 'focus_area',
    name: { da: 'Organisatorisk sammenhængskraft', en: 'Organisational coherence' },
    description: {
      da: 'At det digitale arbejde hænger sammen på tværs af områder, fag, HR og IT.',
      en: 'Digital work that holds together across areas, professions, HR and IT.',
    },
    items: [
      {
        key: 'coherence.direction',
        reverse: false,
        text: {
          da: 'Jeg kan forklare, hvordan det digitale arbejde i mit område hænger sammen med kommunens retning.',
          en: "I can explain how the digital work in my area fits the municipality's direction.",
        },
      },
      {
        key: 'coherence.other-areas',
        reverse: false,
        text: {
          da: 'Jeg ved, hvad andre områder i kommunen arbejder med digitalt, som vi kunne lære af.',
          en: 'I know what other areas of the municipality are working on digitally that we could learn from.',
        },
      },
      {
        key: 'coherence.roles',
        reverse: false,
        text: {
          da: 'Det er klart, hvem der har ansvaret for hvad, når vi tager ny teknologi i brug.',
          en: 'It is clear who is responsible for what when we start using new technology.',
        },
      },
      {
        key: 'coherence.islands',
        reverse: true,
        text: {
          da: 'Vores digitale løsninger er lavet hver for sig og passer dårligt sammen.',
          en: 'Our digital solutions were made separately and fit together poorly.',
        },
      },
    ],
    reflections: [
      {
        da: 'Hvilket område i kommunen arbejder med noget digitalt, du kunne lære af – og hvem kan du ringe til?',
        en: 'Which area of the municipality is working on something digital you could learn from – and whom can you call?',
      },
      {
        da: 'Hvor er det uklart, hvem der har ansvaret, når I tager noget nyt i brug – og hvem skal være med til at gøre det klart?',
        en: 'Where is it unclear who is responsible when you start using something new – and who should help make it clear?',
      },
    ],
  },
];
