/**
 * Instrument version 1, part two: the mindset of the programme's pieces of advice 1–4, one
 * dimension each. Written for this project; no item is taken from another instrument.
 */
import type { Dimension, Item, LocalizedText } from './instrument.js';

const item = (key: string, reverse: boolean, da: string, en: string): Item => ({
  key,
  reverse,
  text: { da, en },
});
const text = (da: string, en: string): LocalizedText => ({ da, en });

export const ADVICE_DIMENSIONS_1_4: readonly Dimension[] = [
  {
    key: 'concrete-status',
    kind: 'advice',
    name: text('Den konkrete status – med nysgerrighed', 'The concrete status – with curiosity'),
    description: text(
      'At se på, hvor vi står i dag – ærligt og uden pynt – og være nysgerrig på hvorfor.',
      'Looking at where we stand today – honestly and without polish – and being curious about why.',
    ),
    items: [
      item(
        'concrete-status.where-we-stand',
        false,
        'Jeg kan ærligt beskrive, hvor langt vi er med det digitale i mit område.',
        'I can describe honestly how far we have come with digital work in my area.',
      ),
      item(
        'concrete-status.curious-why',
        false,
        'Når noget digitalt ikke virker hos os, er jeg nysgerrig på hvorfor, før jeg leder efter en løsning.',
        'When something digital does not work in our place, I am curious about why before I look for a solution.',
      ),
      item(
        'concrete-status.hard-to-say',
        true,
        'Jeg har svært ved at tale om det, vi endnu ikke er gode til.',
        'I find it hard to talk about what we are not yet good at.',
      ),
      item(
        'concrete-status.starting-point',
        false,
        'Jeg ser vores situation i dag som et udgangspunkt, ikke som et nederlag.',
        'I see our situation today as a starting point, not as a defeat.',
      ),
    ],
    reflections: [
      text(
        'Hvad er det mest ærlige, du kan sige om, hvor I står med det digitale i dag – og hvem har brug for at høre det?',
        'What is the most honest thing you can say about where you stand with digital work today – and who needs to hear it?',
      ),
      text(
        'Hvilken digital løsning virker ikke, som den skulle, og hvad kunne du lære ved at spørge hvorfor, før I retter den?',
        'Which digital solution does not work as it should, and what could you learn by asking why before you fix it?',
      ),
    ],
  },
  {
    key: 'differences',
    kind: 'advice',
    name: text('At rumme forskellene', 'Holding the differences'),
    description: text(
      'At acceptere, at medarbejdere, fag og områder er forskellige steder, og at de kan have brug for forskellige veje.',
      'Accepting that staff, professions and areas are in different places and may need different paths.',
    ),
    items: [
      item(
        'differences.different-places',
        false,
        'Jeg accepterer, at mine medarbejdere er forskellige steder, når det gælder teknologi.',
        'I accept that my staff are in different places when it comes to technology.',
      ),
      item(
        'differences.same-pace',
        true,
        'Alle bør bruge de nye løsninger på samme måde og i samme tempo.',
        'Everyone should use new solutions in the same way and at the same pace.',
      ),
      item(
        'differences.adapt',
        false,
        'Jeg tilpasser den måde, jeg introducerer noget nyt på, til den enkelte medarbejder eller gruppe.',
        'I adapt the way I introduce something new to the individual member of staff or group.',
      ),
      item(
        'differences.other-paths',
        false,
        'Jeg forstår, at andre områder kan have gode grunde til at vælge en anden digital vej end os.',
        'I understand that other areas can have good reasons to choose a different digital path from ours.',
      ),
    ],
    reflections: [
      text(
        'Hvem af dine medarbejdere er et andet sted end de fleste, når det gælder teknologi – og hvad har netop de brug for?',
        'Which of your staff are in a different place from most when it comes to technology – and what do they need?',
      ),
      text(
        'Hvor kræver I i dag, at alle gør det samme på samme tid, og hvad ville der ske, hvis I gav plads til flere veje?',
        'Where do you now require everyone to do the same thing at the same time, and what would happen if you allowed several paths?',
      ),
    ],
  },
  {
    key: 'own-field',
    kind: 'advice',
    name: text('Digital fantasi fra eget fag', 'Digital imagination from your own field'),
    description: text(
      'At tage udgangspunkt i opgaven i sit eget fag – og først derefter spørge, hvad teknologien kan.',
      'Starting from the task in your own field – and only then asking what technology can do.',
    ),
    items: [
      item(
        'own-field.ideas',
        false,
        'Jeg får selv idéer til, hvordan teknologi kunne hjælpe i mit fag.',
        'I come up with my own ideas for how technology could help in my field.',
      ),
      item(
        'own-field.task-first',
        false,
        'Jeg begynder med opgaven og borgerens behov – og spørger derefter, hvad teknologien kan.',
        "I begin with the task and the citizen's needs – and then ask what technology can do.",
      ),
      item(
        'own-field.for-it-people',
        true,
        'Digitale idéer er noget, IT-folk skal komme med, ikke mig.',
        'Digital ideas are for IT people to come up with, not me.',
      ),
      item(
        'own-field.five-years',
        false,
        'Jeg kan give et eksempel på, hvordan mit fag kunne se anderledes ud om fem år på grund af teknologi.',
        'I can give an example of how my field could look different in five years because of technology.',
      ),
    ],
    reflections: [
      text(
        'Hvilken opgave i dit fag ville du løse helt anderledes, hvis du startede forfra i dag?',
        'Which task in your field would you solve quite differently if you started from scratch today?',
      ),
      text(
        'Hvad er det borgerne i dit område har mest brug for – og kunne teknologi give dem mere af det?',
        'What do the citizens in your area need most – and could technology give them more of it?',
      ),
      text(
        'Hvilken kollega i dit fag har en digital idé, du kunne prøve sammen med?',
        'Which colleague in your field has a digital idea you could try out together?',
      ),
    ],
  },
  {
    key: 'plain-language',
    kind: 'advice',
    name: text('Teknologien i parentes', 'Technology in brackets'),
    description: text(
      'At tale om, hvad teknologien gør for opgaven og menneskene – i almindelige ord frem for fagudtryk.',
      'Talking about what technology does for the task and the people – in everyday words rather than jargon.',
    ),
    items: [
      item(
        'plain-language.explain',
        false,
        'Jeg kan forklare en ny digital løsning, så alle mine medarbejdere forstår, hvad den betyder for dem.',
        'I can explain a new digital solution so that all my staff understand what it means for them.',
      ),
      item(
        'plain-language.purpose-first',
        false,
        'Når vi taler om teknologi, taler vi mest om, hvad den skal gøre godt for.',
        'When we talk about technology, we talk mostly about what it is meant to be good for.',
      ),
      item(
        'plain-language.jargon',
        true,
        'Jeg bruger ofte tekniske ord, som jeg ikke er sikker på, at andre forstår.',
        'I often use technical words that I am not sure others understand.',
      ),
      item(
        'plain-language.ask',
        false,
        'Jeg beder om en forklaring, når nogen bruger et teknisk ord, jeg ikke forstår.',
        'I ask for an explanation when someone uses a technical word I do not understand.',
      ),
    ],
    reflections: [
      text(
        'Hvordan ville du forklare jeres vigtigste digitale løsning til en ny medarbejder på to minutter – uden et eneste fagudtryk?',
        'How would you explain your most important digital solution to a new member of staff in two minutes – without a single technical term?',
      ),
      text(
        'Hvilke tekniske ord bliver brugt hos jer, som ikke alle forstår – og hvad kunne I sige i stedet?',
        'Which technical words are used in your place that not everyone understands – and what could you say instead?',
      ),
    ],
  },
];
