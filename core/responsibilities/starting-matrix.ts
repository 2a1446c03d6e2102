/**
 * The built-in starting matrix, written for this project: typical digitalisation tasks in a
 * Danish public organisation and who usually holds R, A, C and I. An organisation copies it
 * into its first draft and adjusts it; the unit and group columns are linked there.
 */
import { DEFAULT_FOCUS_AREAS } from '../programme-template.js';
import type { MatrixDocument, MatrixTask } from '../schemas/responsibilities.js';

const task = (
  key: string,
  group: string,
  title: string,
  description: string,
  cells: MatrixTask['cells'],
): MatrixTask => ({ key, group, title, description, cells });

export const STARTING_MATRIX: MatrixDocument = {
  actors: [
    { key: 'direktion', name: 'Direktion', membership: { kind: 'level', level: 'direktør' } },
    { key: 'fagchefer', name: 'Fagchefer', membership: { kind: 'level', level: 'chef' } },
    { key: 'ledere', name: 'Ledere', membership: { kind: 'level', level: 'leder' } },
    { key: 'teamledere', name: 'Teamledere', membership: { kind: 'level', level: 'teamleder' } },
    {
      key: 'po',
      name: 'Personale og Organisation',
      membership: { kind: 'unit', unitId: null, unitHint: 'Personale og Organisation' },
    },
    {
      key: 'itd',
      name: 'IT og Digitalisering',
      membership: { kind: 'unit', unitId: null, unitHint: 'IT og Digitalisering' },
    },
    { key: 'medarbejdere', name: 'Medarbejdere', membership: { kind: 'level', level: 'medarbejder' } },
    { key: 'med', name: 'MED-udvalg', membership: { kind: 'group', groupId: null } },
  ],
  taskGroups: [
    ...DEFAULT_FOCUS_AREAS.map((area) => ({ key: area.key, name: area.name })),
    { key: 'operation', name: 'Drift og forankring' },
  ],
  tasks: [
    task(
      'find-automation',
      'automation',
      'Finde opgaver, der kan automatiseres',
      'Se efter opgaver i eget område, der gentager sig og følger faste regler, så en robot eller et system kan løse dem helt eller delvist.',
      { fagchefer: 'I', ledere: 'A', teamledere: 'R', itd: 'C', medarbejdere: 'R' },
    ),
    task(
      'choose-automation',
      'automation',
      'Vælge, hvilke processer der automatiseres',
      'Beslutte, hvilke forslag der bliver til projekter, ud fra gevinst, risiko og hvor meget tid vi har.',
      { direktion: 'I', fagchefer: 'A', ledere: 'R', teamledere: 'C', itd: 'R', med: 'I' },
    ),
    task(
      'follow-automation',
      'automation',
      'Holde automatiseringer ved lige',
      'Holde øje med, at robotter og automatiske arbejdsgange virker, og rette dem, når regler eller systemer ændrer sig.',
      { ledere: 'A', teamledere: 'C', itd: 'R', medarbejdere: 'I' },
    ),
    task(
      'impact-assessment',
      'data',
      'Lave konsekvensanalyse før ny brug af persondata',
      'Vurdere risikoen for borgernes og medarbejdernes data, før vi bruger data på en ny måde, og få vurderingen godkendt.',
      { direktion: 'I', fagchefer: 'A', ledere: 'R', po: 'C', itd: 'C' },
    ),
    task(
      'data-in-management',
      'data',
      'Bruge data i den daglige ledelse',
      'Følge med i nøgletal og dashboards og tale med medarbejderne om, hvad tallene viser, og hvad vi gør ved det.',
      { fagchefer: 'I', ledere: 'A', teamledere: 'R', itd: 'C', medarbejdere: 'I' },
    ),
    task(
      'data-quality',
      'data',
      'Sikre god datakvalitet i fagsystemerne',
      'Registrere rigtigt og rette fejl, så data kan bruges til opfølgning og beslutninger.',
      { ledere: 'A', teamledere: 'R', itd: 'C', medarbejdere: 'R' },
    ),
    task(
      'provide-data',
      'data',
      'Stille data og dashboards til rådighed',
      'Hente data fra fagsystemerne og lave overblik, som ledere og medarbejdere kan bruge.',
      { fagchefer: 'A', ledere: 'C', teamledere: 'I', itd: 'R' },
    ),
    task(
      'new-technology',
      'technology',
      'Tage en ny teknologi i brug i kerneopgaven',
      'Indføre fx velfærdsteknologi eller et nyt værktøj, så det faktisk bliver brugt og gør en forskel for borgerne.',
      { fagchefer: 'A', ledere: 'R', teamledere: 'R', itd: 'C', medarbejdere: 'C', med: 'I' },
    ),
    task(
      'buy-systems',
      'technology',
      'Vælge og købe systemer',
      'Afklare behovet, sammenligne løsninger og købe ind efter reglerne, så nye systemer passer til dem, vi har i forvejen.',
      { direktion: 'I', fagchefer: 'A', ledere: 'C', itd: 'R', medarbejdere: 'C' },
    ),
    task(
      'information-security',
      'technology',
      'Informationssikkerhed og håndtering af hændelser',
      'Beskytte systemer og data og handle hurtigt, når noget går galt, fx hvis persondata kommer ud til nogen, der ikke må se dem.',
      { direktion: 'A', fagchefer: 'I', ledere: 'R', itd: 'R', medarbejdere: 'I' },
    ),
    task(
      'digital-skills',
      'coherence',
      'Udvikle medarbejdernes digitale kompetencer',
      'Finde ud af, hvad medarbejderne skal kunne, og give dem tid og tilbud til at lære det.',
      { ledere: 'A', teamledere: 'R', po: 'R', medarbejdere: 'C', med: 'I' },
    ),
    task(
      'involve-employees',
      'coherence',
      'Inddrage medarbejdere og MED i teknologiske forandringer',
      'Fortælle om og drøfte ændringer i arbejdet med medarbejderne og i MED i god tid, før de bliver besluttet.',
      { fagchefer: 'A', ledere: 'R', teamledere: 'R', po: 'C', medarbejdere: 'C', med: 'C' },
    ),
    task(
      'strategy-narrative',
      'coherence',
      'Digitaliseringsstrategi og fortælling',
      'Beslutte retningen for digitaliseringen og fortælle, hvorfor vi gør det, så alle kan forstå det.',
      { direktion: 'A', fagchefer: 'C', ledere: 'I', po: 'C', itd: 'R', medarbejdere: 'I', med: 'C' },
    ),
    task(
      'cross-projects',
      'coherence',
      'Koordinere digitalisering på tværs',
      'Sørge for, at projekter i forskellige områder hænger sammen og ikke løser det samme to gange.',
      { direktion: 'A', fagchefer: 'R', ledere: 'I', po: 'C', itd: 'C' },
    ),
    task(
      'run-systems',
      'operation',
      'Drive fagsystemerne',
      'Sørge for, at fagsystemerne kører og bliver opdateret, og at brugerne får hjælp, når de har brug for det.',
      { fagchefer: 'A', ledere: 'I', teamledere: 'C', itd: 'R', medarbejdere: 'I' },
    ),
    task(
      'anchor-programme',
      'operation',
      'Forankre et program i den daglige drift',
      'Sørge for, at nye arbejdsgange og værktøjer bliver en fast del af hverdagen, også når projektet er slut.',
      { fagchefer: 'I', ledere: 'A', teamledere: 'R', itd: 'C', medarbejdere: 'C' },
    ),
    task(
      'benefits',
      'operation',
      'Følge op på gevinsterne (gevinstrealisering)',
      'Måle, om løsningen giver den tid, kvalitet eller økonomi, vi regnede med, og gøre noget, hvis den ikke gør.',
      { direktion: 'I', fagchefer: 'A', ledere: 'R', itd: 'C' },
    ),
  ],
};
