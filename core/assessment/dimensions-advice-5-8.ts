/**
 * Instrument version 1, part three: the mindset of the programme's pieces of advice 5–8, one
 * dimension each. Written for this project; no item is taken from another instrument.
 */
import type { Dimension, Item, LocalizedText } from './instrument.js';

const item = (key: string, reverse: boolean, da: string, en: string): Item => ({
  key,
  reverse,
  text: { da, en },
});
const text = (da: string, en: string): LocalizedText => ({ da, en });

export const ADVICE_DIMENSIONS_5_8: readonly Dimension[] = [
  {
    key: 'shared-language',
    kind: 'advice',
    name: text('Et fælles sprog', 'A shared language'),
    description: text(
      'At have ord for det digitale, som ledere, medarbejdere, HR og IT forstår på samme måde.',
      'Having words for digital work that leaders, staff, HR and IT understand in the same way.',
    ),
    items: [
      item(
        'shared-language.same-meaning',
        false,
        'Når vi taler om digitalisering i ledergruppen, mener vi det samme med ordene.',
        'When we talk about digitalisation in the management team, we mean the same by the words.',
      ),
      item(
        'shared-language.why',
        false,
        'Jeg kan med egne ord fortælle, hvorfor kommunen arbejder med digitalisering.',
        'I can say in my own words why the municipality works on digitalisation.',
      ),
      item(
        'shared-language.misunderstandings',
        true,
        'Vi misforstår ofte hinanden, når vi taler om digitale løsninger på tværs af fag.',
        'We often misunderstand each other when we talk about digital solutions across professions.',
      ),
      item(
        'shared-language.build',
        false,
        'Jeg er med til at skabe et fælles sprog om det digitale i min del af organisationen.',
        'I help build a shared language about digital work in my part of the organisation.',
      ),
    ],
    reflections: [
      text(
        'Hvilket ord om det digitale betyder noget forskelligt for dig, dine medarbejdere og IT – og hvordan kan I blive enige om det?',
        'Which word about digital work means different things to you, your staff and IT – and how can you agree on it?',
      ),
      text(
        'Hvordan kan du fortælle kommunens digitale fortælling, så den giver mening i din hverdag?',
        "How can you tell the municipality's digital story so that it makes sense in your everyday work?",
      ),
    ],
  },
  {
    key: 'collaboration',
    kind: 'advice',
    name: text('Samarbejde på tværs af HR, IT og kerneområder', 'Collaboration across HR, IT and core areas'),
    description: text(
      'At løse de digitale opgaver sammen med HR, IT og andre fagområder i stedet for alene.',
      'Solving digital tasks together with HR, IT and other areas rather than alone.',
    ),
    items: [
      item(
        'collaboration.know-who',
        false,
        'Jeg ved, hvem jeg skal kontakte i IT og i HR, når vi skal i gang med noget digitalt.',
        'I know whom to contact in IT and in HR when we start something digital.',
      ),
      item(
        'collaboration.early',
        false,
        'Vi inddrager IT og HR tidligt – ikke først når noget skal sættes i drift.',
        'We involve IT and HR early – not only when something is about to go live.',
      ),
      item(
        'collaboration.on-our-own',
        true,
        'Vi klarer helst de digitale opgaver selv i vores eget område.',
        'We prefer to handle digital tasks ourselves within our own area.',
      ),
      item(
        'collaboration.same-goal',
        false,
        'Jeg oplever, at HR, IT og mit område arbejder mod det samme mål.',
        'I find that HR, IT and my area work towards the same goal.',
      ),
    ],
    reflections: [
      text(
        'Hvilken digital opgave i dit område ville gå bedre, hvis HR eller IT var med fra starten – og hvem skal du invitere?',
        'Which digital task in your area would go better if HR or IT were involved from the start – and whom should you invite?',
      ),
      text(
        'Hvad ved IT og HR ikke om jeres hverdag, som de har brug for at vide?',
        'What do IT and HR not know about your everyday work that they need to know?',
      ),
    ],
  },
  {
    key: 'reach-everyone',
    kind: 'advice',
    name: text('At nå alle', 'Reaching everyone'),
    description: text(
      'At sørge for, at alle medarbejdere kommer med – også dem, der er usikre eller sjældent sidder ved en computer.',
      'Making sure all staff come along – including those who are unsure or rarely sit at a computer.',
    ),
    items: [
      item(
        'reach-everyone.who-struggles',
        false,
        'Jeg ved, hvilke medarbejdere der har svært ved de digitale værktøjer.',
        'I know which members of staff find the digital tools difficult.',
      ),
      item(
        'reach-everyone.help-and-time',
        false,
        'Medarbejdere, der er usikre på teknologi, får den hjælp og den tid, de har brug for.',
        'Staff who are unsure about technology get the help and the time they need.',
      ),
      item(
        'reach-everyone.away-from-desk',
        false,
        'Jeg sørger for, at også medarbejdere uden fast plads ved en computer får information og oplæring.',
        'I make sure that staff without a regular place at a computer also get information and training.',
      ),
      item(
        'reach-everyone.keen-set-pace',
        true,
        'Det er de mest interesserede medarbejdere, der sætter tempoet, og de andre må følge med, som de kan.',
        'The keenest staff set the pace, and the others have to keep up as best they can.',
      ),
    ],
    reflections: [
      text(
        'Hvem i din enhed hører sidst om nye digitale løsninger – og hvordan kan de høre om dem først?',
        'Who in your unit hears last about new digital solutions – and how could they hear about them first?',
      ),
      text(
        'Hvad skal der til, for at en medarbejder, der er usikker på teknologi, tør bede om hjælp?',
        'What would it take for a member of staff who is unsure about technology to dare to ask for help?',
      ),
    ],
  },
  {
    key: 'honesty-courage',
    kind: 'advice',
    name: text('Ærlighed og mod', 'Honesty and courage'),
    description: text(
      'At det er trygt at sige "det her kan jeg ikke finde ud af", og at turde prøve noget, der kan mislykkes.',
      'It is safe to say "I can\'t figure this out", and people dare to try things that may fail.',
    ),
    items: [
      item(
        'honesty-courage.say-so',
        false,
        'Jeg siger det højt, når jeg ikke selv kan finde ud af en teknologi.',
        'I say so out loud when I cannot work out a technology myself.',
      ),
      item(
        'honesty-courage.safe-to-say',
        false,
        'Mine medarbejdere kan trygt sige til mig, at de ikke kan finde ud af et digitalt værktøj.',
        'My staff can safely tell me that they cannot work out a digital tool.',
      ),
      item(
        'honesty-courage.dare',
        false,
        'Jeg tør sætte noget nyt i gang, selv om jeg ikke ved, om det lykkes.',
        'I dare to start something new even when I do not know whether it will work.',
      ),
      item(
        'honesty-courage.keep-doubts',
        true,
        'Jeg holder min tvivl om digitale projekter for mig selv.',
        'I keep my doubts about digital projects to myself.',
      ),
    ],
    reflections: [
      text(
        'Hvornår har du sidst sagt "det her kan jeg ikke finde ud af" – og hvad skete der?',
        'When did you last say "I can\'t figure this out" – and what happened?',
      ),
      text(
        'Hvilket lille digitalt forsøg kunne du sætte i gang, hvor det er i orden, at det mislykkes?',
        'Which small digital experiment could you start where it is fine if it fails?',
      ),
    ],
  },
];
