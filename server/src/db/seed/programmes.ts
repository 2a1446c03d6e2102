import {
  DEFAULT_FOCUS_AREAS,
  DIGITAL_LEADERSHIP_TEMPLATE,
  type TemplateTrack,
} from '../../../../core/programme-template.js';
import type { Trx } from '../../lib/context.js';
import { stableId } from './municipality.js';

/**
 * Demo Kommune's programme "Digital ledelse": v1 "Topledelse 2022-23" from the built-in template,
 * published, and v2 "Teamledere 2024" made from it as a draft, with a shorter kick-off, a
 * workshop for teams and one learning-set meeting fewer, so the comparison has something to show.
 */
export async function insertDemoProgrammes(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  const areaId = (key: string) => stableId(`focus-area:${key}`);
  await trx
    .insertInto('focus_areas')
    .values(
      DEFAULT_FOCUS_AREAS.map((a, position) => ({
        id: areaId(a.key),
        organisation_id: organisationId,
        key: a.key,
        name: a.name,
        description: a.description,
        colour: a.colour,
        position,
        archived_at: null,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  const programmeId = stableId('programme:digital-ledelse');
  await trx
    .insertInto('programmes')
    .values({
      id: programmeId,
      organisation_id: organisationId,
      title: 'Digital ledelse i Demo Kommune',
      purpose:
        'Ledere, der kan lede digitaliseringen i deres egen kerneopgave: med nysgerrighed, et fælles sprog og medarbejderne med om bord.',
      owners: JSON.stringify(['Personale og Organisation', 'IT og Digitalisering']),
      created_at: at,
      updated_at: at,
    })
    .execute();

  const teamLeaders: TemplateTrack[] = DIGITAL_LEADERSHIP_TEMPLATE.map((track, t) => ({
    ...track,
    modules: track.modules
      .map((m, i) => (t === 0 && i === 0 ? { ...m, durationMinutes: 120 } : m))
      .filter((m) => m.title !== 'Læringsgruppemøde 3'),
  }));
  teamLeaders[1]?.modules.push({
    kind: 'workshop',
    title: 'Workshop: Digitale værktøjer i teamet',
    description:
      'Hvilke digitale værktøjer bruger teamet i dag, hvor driller de, og hvad kunne gøre hverdagen lettere? Teamlederen tager en idé med hjem og afprøver den sammen med teamet.',
    durationMinutes: 150,
    objectives: ['Have kortlagt teamets værktøjer', 'Have valgt én ting at afprøve med teamet'],
    focusAreas: ['technology'],
  });

  const versions = [
    {
      key: 'v1',
      number: 1,
      name: 'Topledelse 2022-23',
      status: 'published',
      basedOn: null,
      levels: ['direktør', 'chef'],
      design: DIGITAL_LEADERSHIP_TEMPLATE,
    },
    {
      key: 'v2',
      number: 2,
      name: 'Teamledere 2024',
      status: 'draft',
      basedOn: 'v1',
      levels: ['teamleder'],
      design: teamLeaders,
    },
  ] as const;
  for (const v of versions) {
    const versionId = stableId(`programme-version:${v.key}`);
    await trx
      .insertInto('programme_versions')
      .values({
        id: versionId,
        programme_id: programmeId,
        organisation_id: organisationId,
        number: v.number,
        name: v.name,
        status: v.status,
        based_on_version_id: v.basedOn ? stableId(`programme-version:${v.basedOn}`) : null,
        target_levels: JSON.stringify(v.levels),
        revision: 0,
        published_at: v.status === 'published' ? at : null,
        archived_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    for (const [t, track] of v.design.entries()) {
      const trackId = stableId(`programme-track:${v.key}:${t}`);
      await trx
        .insertInto('programme_tracks')
        .values({
          id: trackId,
          version_id: versionId,
          lineage_id: stableId(`programme-track-lineage:${t}`),
          position: t,
          title: track.title,
          description: track.description,
        })
        .execute();
      await trx
        .insertInto('programme_modules')
        .values(
          track.modules.map((m, i) => ({
            id: stableId(`programme-module:${v.key}:${m.title}`),
            version_id: versionId,
            track_id: trackId,
            // The lineage follows the module by its title, so v2's modules line up with v1's.
            lineage_id: stableId(`programme-module-lineage:${m.title}`),
            position: i,
            kind: m.kind,
            title: m.title,
            description: m.description,
            duration_minutes: m.durationMinutes,
            objectives: JSON.stringify(m.objectives),
            focus_area_ids: JSON.stringify(m.focusAreas.map(areaId)),
            materials: '[]',
          })),
        )
        .execute();
    }
  }
}
