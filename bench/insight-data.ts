/**
 * A seeded generator of believable Danish insights, for the `insights` benchmark: statements built
 * from the words leaders in a municipality use about digitalisation, in their inflected forms (so
 * a stemmed search has work to do), with tags, focus areas, fields and visibility. The same seed
 * gives the same insights.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_FOCUS_AREAS } from '../core/programme-template.js';
import { mulberry32 } from '../core/random.js';

const OPENERS = [
  'Vi lærte, at',
  'Det overraskede os, at',
  'Erfaringen er, at',
  'I vores forsøg viste det sig, at',
  'Medarbejderne mindede os om, at',
  'Efter tre måneder kunne vi se, at',
  'Læringssættet hjalp mig til at se, at',
  'Det vigtigste var, at',
];
const SUBJECTS = [
  'automatiseringen af visitationen',
  'automatiseringerne i lønbogholderiet',
  'den digitale løsning',
  'de digitale løsninger',
  'velfærdsteknologien',
  'skærmbesøgene',
  'data om ventetider',
  'datadrevne beslutninger',
  'chatbotten i borgerservice',
  'robotterne',
  'sensorerne på plejecentret',
  'den fælles sagsgang',
  'tavlemøderne',
  'dashboardet',
  'medarbejdernes ideer',
  'de nye arbejdsgange',
  'ruteplanlægningen',
  'selvbetjeningen',
  'forældreappen',
  'journaliseringen',
];
const VERBS = [
  'gav mere tid til',
  'krævede mere af',
  'flyttede fokus mod',
  'skabte ro for',
  'gjorde det lettere for',
  'tog længere tid for',
  'ændrede hverdagen for',
  'blev først brugt af',
];
const OBJECTS = [
  'borgerne',
  'borgeren',
  'medarbejderne',
  'medarbejderen',
  'lederne',
  'hjemmeplejen',
  'sagsbehandlerne',
  'lærerne',
  'pædagogerne',
  'de pårørende',
  'teamet',
  'økonomien',
  'direktionen',
];
const ENDINGS = [
  'når vi inddrog dem fra start',
  'fordi formålet var klart',
  'men kun efter en periode med tvivl',
  'og trivslen steg',
  'selv om teknologien var enkel',
  'da vi stoppede det gamle system',
  'når lederen gik forrest',
  'og vi målte det hver uge',
  'men det krævede rene data',
  'og samarbejdet på tværs blev bedre',
];
const TAGS = [
  'hjemmepleje',
  'visitation',
  'trivsel',
  'data',
  'velfærdsteknologi',
  'borgerservice',
  'skole',
  'dagtilbud',
  'jobcenter',
  'økonomi',
  'HR',
  'IT',
  'forandringsledelse',
  'samarbejde',
  'implementering',
  'brugerinddragelse',
  'prioritering',
  'kommunikation',
];

export interface GeneratedInsight {
  id: string;
  statement: string;
  tags: string[];
  /** Indexes into DEFAULT_FOCUS_AREAS. */
  areas: number[];
  /** An index into the organisation's fields, or null. */
  field: number | null;
  visibility: 'private' | 'cohort' | 'organisation';
  /** Days before now. */
  ageDays: number;
}

/** `count` insights: 75 % shared with the organisation, 15 % with the cohort, 10 % private. */
export function generateInsights(seed: number, count: number, fieldCount: number): GeneratedInsight[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: GeneratedInsight[] = [];
  for (let i = 0; i < count; i++) {
    const statement = `${pick(OPENERS)} ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}, ${pick(ENDINGS)}.`;
    const tags = [...new Set([pick(TAGS), pick(TAGS)].slice(0, 1 + Math.floor(rand() * 2)))];
    const first = Math.floor(rand() * DEFAULT_FOCUS_AREAS.length);
    const areas = rand() < 0.3 ? [first, (first + 1) % DEFAULT_FOCUS_AREAS.length] : [first];
    const v = rand();
    out.push({
      id: randomUUID(),
      statement,
      tags,
      areas,
      field: rand() < 0.8 ? Math.floor(rand() * fieldCount) : null,
      visibility: v < 0.75 ? 'organisation' : v < 0.9 ? 'cohort' : 'private',
      ageDays: rand() * 730,
    });
  }
  return out;
}
