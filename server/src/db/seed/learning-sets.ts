import { composeSets } from '../../../../core/learning-sets.js';
import type { Trx } from '../../lib/context.js';
import { toCandidate } from '../../modules/learning-sets/learning-sets.presenter.js';
import { participantsOf } from '../../modules/learning-sets/learning-sets.service.js';
import { stableId } from './municipality.js';

/** The seed of the demo split: the same participants always give the same sets. */
const SPLIT_SEED = 2026;
const SET_SIZE = 5;

/** What each set asked and agreed at its first meeting (by the set's position). */
const FIRST_MEETING: ReadonlyArray<{ questions: string; nextSteps: string; notes: string }> = [
  {
    questions: [
      'Hvad ville der ske, hvis borgerne selv kunne booke tider digitalt?',
      'Hvem i din medarbejdergruppe er mest skeptisk, og hvad ved du om hvorfor?',
      'Hvordan vil du kunne se, at det virker, om tre måneder?',
    ].join('\n'),
    nextSteps: [
      'Afprøv digital booking af besøg på ét afsnit i fire uger.',
      'Alle skriver i journalen efter den første afprøvning.',
      'Til næste møde fortæller hver kort, hvad der overraskede dem.',
    ].join('\n'),
    notes: 'Godt engagement. Følg op på, om alle har et skarpt aktionsspørgsmål.',
  },
  {
    questions: [
      'Hvilket problem løser automatiseringen for medarbejderne, og for borgerne?',
      'Hvad skal være sandt, før du tør lade den køre uden manuel kontrol?',
    ].join('\n'),
    nextSteps: [
      'Kortlæg de tre mest tidskrævende manuelle trin i sagsbehandlingen.',
      'Tal med IT om et lille forsøg med automatisk journalisering.',
    ].join('\n'),
    notes: 'Sættet springer hurtigt til løsninger. Hold fast i spørgsmålene næste gang.',
  },
  {
    questions: [
      'Hvad ville dine medarbejdere sige, hvis du spurgte dem om data i stedet for at vise dem tal?',
      'Hvilke data bruger I allerede i dag uden at kalde det data?',
    ].join('\n'),
    nextSteps: [
      'Hold et kort teammøde om én nøgletalsrapport, og spørg, hvad den bruges til.',
      'Del et journalindlæg med sættet inden næste møde.',
    ].join('\n'),
    notes: 'To var fraværende. Send dem et kort referat.',
  },
  {
    questions: [
      'Hvor går ansvaret tabt mellem forvaltningerne, når en løsning skal i drift?',
      'Hvem skal du have med, som ikke sidder ved bordet i dag?',
    ].join('\n'),
    nextSteps: [
      'Inviter en kollega fra en anden forvaltning til en snak om fælles drift.',
      'Skriv jeres aktionsspørgsmål skarpere: ét spørgsmål, én målgruppe.',
    ].join('\n'),
    notes: 'Stærk dialog på tværs af områder.',
  },
];

/**
 * The learning sets of "Topledelse hold 1": its participants split by core/learning-sets.ts
 * composeSets (size 5, fixed seed, so the demo participant Lene Leder is always in a set), each
 * with the demo facilitator. Each set has two meetings: the first in "Læringsgruppemøde 1"
 * (recorded: who was there, the questions and the next steps), the second planned in
 * "Læringsgruppemøde 2"; sets 1–2 meet with group A, the others with group B. Run after
 * insertDemoCohorts.
 */
export async function insertDemoLearningSets(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  const cohortId = stableId('cohort:topledelse-1');
  const facilitatorId = stableId('user:facilitator@demo.aktion.dk');
  const { members } = await participantsOf(trx, organisationId, cohortId);
  const split = composeSets(members.map(toCandidate), { size: SET_SIZE, seed: SPLIT_SEED });
  if (!split.ok) throw new Error(`the demo cohort cannot be split: ${split.problem.kind}`);

  const sets = split.sets.map((personIds, position) => ({
    id: stableId(`learning-set:topledelse-1:${position}`),
    personIds,
    position,
  }));
  await trx
    .insertInto('learning_sets')
    .values(
      sets.map((s) => ({
        id: s.id,
        organisation_id: organisationId,
        cohort_id: cohortId,
        name: `Sæt ${s.position + 1}`,
        facilitator_user_id: facilitatorId,
        position: s.position,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await trx
    .insertInto('learning_set_members')
    .values(
      sets.flatMap((s) =>
        s.personIds.map((person_id) => ({
          set_id: s.id,
          organisation_id: organisationId,
          cohort_id: cohortId,
          person_id,
        })),
      ),
    )
    .execute();

  const activities = await trx
    .selectFrom('cohort_activities')
    .select(['id', 'starts_at', 'ends_at'])
    .where('cohort_id', '=', cohortId)
    .execute();
  const activity = (key: string) => {
    const id = stableId(`cohort-activity:topledelse-1:${key}`);
    return activities.find((a) => a.id === id);
  };
  for (const s of sets) {
    const group = s.position < sets.length / 2 ? 'a' : 'b';
    const first = activity(`lgm1-${group}`);
    const second = activity(`lgm2-${group}`);
    const record = FIRST_MEETING[s.position % FIRST_MEETING.length]!;
    for (const [n, held] of [first, second].entries()) {
      if (!held) continue;
      const id = stableId(`learning-set-meeting:topledelse-1:${s.position}:${n + 1}`);
      const done = held.ends_at < at;
      await trx
        .insertInto('learning_set_meetings')
        .values({
          id,
          organisation_id: organisationId,
          cohort_id: cohortId,
          set_id: s.id,
          activity_id: held.id,
          starts_at: held.starts_at,
          location: `Rådhuset, mødelokale ${s.position + 2}`,
          questions: done ? record.questions : '',
          next_steps: done ? record.nextSteps : '',
          notes: done ? record.notes : '',
          created_at: at,
          updated_at: at,
        })
        .execute();
      // Everyone but one came to a meeting that was held.
      const present = done ? s.personIds.slice(0, Math.max(s.personIds.length - 1, 3)) : [];
      if (present.length) {
        await trx
          .insertInto('learning_set_meeting_attendees')
          .values(
            present.map((person_id) => ({ meeting_id: id, organisation_id: organisationId, person_id })),
          )
          .execute();
      }
    }
  }
}
