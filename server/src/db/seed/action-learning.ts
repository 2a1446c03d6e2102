import type { Trx } from '../../lib/context.js';
import type { NewJournalEntryRow } from '../../modules/action-projects/action-projects.tables.js';
import { stableId } from './municipality.js';

/** Believable projects from the leaders' own core tasks; the technology comes second. */
const PROJECTS = [
  {
    title: 'Én registrering i stedet for to',
    entries: [
      'Næste uge sidder jeg med to medarbejdere og ser, hvor de skriver det samme to gange. Jeg skal huske at spørge, hvad de selv ville ændre.',
      'Det overraskede mig, at dobbeltregistreringen mest sker om aftenen, når der er færrest på arbejde. Det havde jeg ikke set fra mit kontor.',
      'Jeg har lært, at jeg skal starte med opgaven og ikke med systemet. Nu vil jeg have IT med til næste møde.',
    ],
    challenge: 'Mine medarbejdere i hjemmeplejen skriver de samme oplysninger ind i to systemer.',
    question: 'Hvordan kan vi slippe for at skrive det samme to gange uden at miste overblikket?',
    attempt: 'Kortlægge en uges registreringer sammen med to medarbejdere og tale med IT om en robot.',
    involve: 'To social- og sundhedsassistenter og teamkoordinatoren.',
    successMeasure: 'Halvt så mange dobbeltregistreringer om to måneder.',
    areas: ['automation'],
    status: 'in_progress',
  },
  {
    title: 'Data om fravær, vi faktisk bruger',
    entries: [
      'Jeg spørger mine fire teamledere, hvilke tal de ville kigge på mandag morgen, hvis de selv kunne vælge.',
      'To af teamlederne ville hellere have antallet af korte fravær end procenten. Det havde HR ikke hørt før.',
      'Vi lavede én side med tre tal. Den blev brugt på det første møde, men ikke på det andet. Jeg skal finde ud af hvorfor.',
    ],
    challenge: 'Vi får fraværstal hver måned, men ingen bruger dem til noget.',
    question: 'Hvilke tal vil mine teamledere selv have for at handle tidligere?',
    attempt: 'Spørge teamlederne og lave én enkel oversigt sammen med HR.',
    involve: 'Fire teamledere og en HR-konsulent.',
    successMeasure: 'Teamlederne bruger oversigten på deres møder.',
    areas: ['data'],
    status: 'in_progress',
  },
  {
    title: 'Skærmbesøg hos borgere, der ønsker det',
    entries: [
      'Sygeplejerskerne vælger selv ti borgere, som de tror gerne vil prøve skærmbesøg. Jeg blander mig ikke i valget.',
      'Tre borgere sagde nej tak, fordi de savner selskabet ved besøget. Det er en vigtig grund, som vi skal tage alvorligt.',
      'Skærmbesøg virker for de borgere, der selv har valgt det. Vi sparer lidt køretid, men det vigtigste var borgernes egne ønsker.',
    ],
    challenge: 'Vi kører langt til korte besøg, som nogle borgere hellere vil tage på skærm.',
    question: 'Hvordan finder vi ud af, hvilke besøg der kan blive til skærmbesøg?',
    attempt: 'Prøve skærmbesøg med ti borgere, der selv siger ja.',
    involve: 'Sygeplejerskerne i distrikt nord.',
    successMeasure: 'Borgerne er lige så tilfredse, og vi sparer køretid.',
    areas: ['technology'],
    status: 'evaluated',
  },
  {
    title: 'Fælles sprog om digitalisering i ledergruppen',
    entries: [
      'På næste ledermøde beder jeg alle skrive de tre ord, de bruger mest om digitalisering, og hvad de betyder.',
      'Vi brugte ordet »løsning« om fem forskellige ting. Det forklarer en del af vores lange møder.',
      'Ordlisten er på én side nu. Jeg vil se, om vi bruger den, når vi prioriterer næste gang.',
    ],
    challenge: 'Vi taler forbi hinanden, når vi taler om digitale løsninger.',
    question: 'Hvilke ord skal vi være enige om for at kunne beslutte sammen?',
    attempt: 'Lave en kort ordliste på to ledermøder.',
    involve: 'Hele ledergruppen i forvaltningen.',
    successMeasure: 'Vi bruger ordlisten, når vi prioriterer.',
    areas: ['coherence'],
    status: 'idea',
  },
] as const;

/** The cycle each writer's entries go through: when, and with whom they were shared. */
const CYCLE: ReadonlyArray<{ phase: string; share: string; daysAgo: number }> = [
  { phase: 'plan', share: 'private', daysAgo: 20 },
  { phase: 'observe', share: 'set', daysAgo: 9 },
  { phase: 'reflect', share: 'facilitator', daysAgo: 3 },
];

/**
 * Action projects and journals in "Topledelse hold 1": Lene Leder (the demo participant) has a
 * project in progress shared with her set and three entries (one private); some others have
 * projects and entries, and a few have not written for weeks, so the facilitator sees who is quiet.
 */
export async function insertDemoActionLearning(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const cohortId = stableId('cohort:topledelse-1');
  const day = 86_400_000;
  const ago = (days: number) => new Date(now.getTime() - days * day).toISOString();
  const lene = await trx
    .selectFrom('persons')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', stableId('user:leder@demo.aktion.dk'))
    .executeTakeFirstOrThrow();
  const others = await trx
    .selectFrom('cohort_participants')
    .select('person_id')
    .where('cohort_id', '=', cohortId)
    .where('person_id', '!=', lene.id)
    .orderBy('person_id')
    .execute();
  const writers = [lene.id, ...others.slice(0, 9).map((o) => o.person_id)];

  for (const [n, personId] of writers.entries()) {
    const p = PROJECTS[n % PROJECTS.length]!;
    const projectId = stableId(`action-project:${personId}`);
    const createdAt = ago(30 - n);
    await trx
      .insertInto('action_projects')
      .values({
        id: projectId,
        organisation_id: organisationId,
        cohort_id: cohortId,
        person_id: personId,
        title: p.title,
        challenge: p.challenge,
        question: p.question,
        attempt: p.attempt,
        involve: p.involve,
        success_measure: p.successMeasure,
        status: p.status,
        share: n % 3 === 2 ? 'private' : 'set',
        version: 1,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();
    await trx
      .insertInto('action_project_focus_areas')
      .values(
        p.areas.map((key) => ({
          project_id: projectId,
          organisation_id: organisationId,
          focus_area_id: stableId(`focus-area:${key}`),
        })),
      )
      .execute();
    // Lene writes often; every third of the others went quiet three weeks ago.
    const quiet = n > 0 && n % 3 === 0;
    const entries: NewJournalEntryRow[] = CYCLE.filter((_, i) => n === 0 || i < 2).map((e, i) => {
      const at = ago(quiet ? 21 + e.daysAgo : e.daysAgo + (n % 4));
      return {
        id: stableId(`journal-entry:${personId}:${i}`),
        organisation_id: organisationId,
        cohort_id: cohortId,
        person_id: personId,
        project_id: projectId,
        phase: e.phase,
        body: p.entries[i]!,
        share: e.share,
        created_at: at,
        updated_at: at,
      };
    });
    await trx.insertInto('journal_entries').values(entries).execute();
  }

  // The recorded set meetings worked on the projects of those who were there (two per meeting).
  const recorded = await trx
    .selectFrom('learning_set_meetings as m')
    .innerJoin('learning_set_meeting_attendees as a', 'a.meeting_id', 'm.id')
    .innerJoin('action_projects as p', (j) =>
      j.onRef('p.person_id', '=', 'a.person_id').onRef('p.cohort_id', '=', 'm.cohort_id'),
    )
    .select(['m.id as meeting_id', 'p.id as project_id'])
    .where('m.cohort_id', '=', cohortId)
    .where('m.questions', '!=', '')
    .orderBy('m.id')
    .orderBy('p.id')
    .execute();
  const worked = recorded.filter((r, i) => recorded.findIndex((x) => x.meeting_id === r.meeting_id) > i - 2);
  if (worked.length)
    await trx
      .insertInto('learning_set_meeting_projects')
      .values(
        worked.map((r) => ({
          meeting_id: r.meeting_id,
          organisation_id: organisationId,
          project_id: r.project_id,
        })),
      )
      .execute();

  await trx
    .insertInto('journal_comments')
    .values({
      id: stableId(`journal-comment:${lene.id}:1`),
      organisation_id: organisationId,
      entry_id: stableId(`journal-entry:${lene.id}:1`),
      author_user_id: stableId('user:facilitator@demo.aktion.dk'),
      body: 'Spændende iagttagelse. Hvad tror du, der gør aftenerne anderledes?',
      created_at: ago(8),
    })
    .execute();
}
