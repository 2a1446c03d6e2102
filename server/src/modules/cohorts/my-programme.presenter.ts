import type { AttendanceCounts } from '../../../../core/attendance.js';
import type { IcalEvent } from '../../../../core/ical.js';
import type { AttendanceStatus } from '../../../../core/schemas/cohorts.js';
import type { FileRes } from '../../../../core/schemas/files.js';
import type {
  MyActivityRes,
  MyCohortRes,
  MyPastActivityRes,
  MyUpcomingActivityRes,
} from '../../../../core/schemas/my-programme.js';
import type { MaterialBody, ModuleKind } from '../../../../core/schemas/programmes.js';
import { presentMaterial } from '../programmes/programmes.presenter.js';
import type { MyActivityRow, MyCohortRow } from './my-programme.repository.js';

const json = <T>(text: string) => JSON.parse(text) as T;

/** `files`: the files the module's materials point at (materialFileIds, fileSummaries). */
export function presentMyActivity(row: MyActivityRow, files: ReadonlyMap<string, FileRes>): MyActivityRes {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    onlineUrl: row.online_url,
    module: {
      kind: row.module_kind as ModuleKind,
      title: row.module_title,
      description: row.module_description,
      objectives: json<string[]>(row.module_objectives),
      materials: json<MaterialBody[]>(row.module_materials).map((m) => presentMaterial(m, files)),
    },
  };
}

export function presentMyPastActivity(
  row: MyActivityRow,
  mark: { status: string; reason: string | null } | undefined,
  files: ReadonlyMap<string, FileRes>,
): MyPastActivityRes {
  return {
    ...presentMyActivity(row, files),
    attendance: mark ? { status: mark.status as AttendanceStatus, reason: mark.reason } : null,
  };
}

export function presentMyCohort(
  c: MyCohortRow,
  upcoming: MyUpcomingActivityRes[],
  past: MyPastActivityRes[],
  figures: AttendanceCounts,
): MyCohortRes {
  return {
    id: c.id,
    name: c.name,
    programmeTitle: c.programme_title,
    versionName: c.version_name,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    upcoming,
    past,
    attendance: {
      present: figures.present,
      absent: figures.absent,
      unmarked: figures.unmarked,
      rate: figures.rate,
    },
  };
}

/** Where the web app shows the activity: the participant's own page, at the activity. */
export const activityPageUrl = (publicUrl: string, activityId: string) =>
  `${publicUrl}/mit-program#aktivitet-${activityId}`;

/** One activity for a calendar: stable UID per activity, place (or the online link), and its page. */
export function activityToIcal(publicUrl: string, row: MyActivityRow): IcalEvent {
  const prepare = [
    row.module_description,
    ...json<string[]>(row.module_objectives).map((o) => `• ${o}`),
    // A file opens for a signed-in member of the organisation.
    ...json<MaterialBody[]>(row.module_materials).map(
      (m) => `${m.title}: ${'url' in m ? m.url : `${publicUrl}/api/files/${m.fileId}`}`,
    ),
  ].filter((s) => s.trim() !== '');
  const online = row.online_url ? [`Online: ${row.online_url}`] : [];
  return {
    uid: `activity-${row.id}@aktion`,
    title: row.title,
    description: [row.cohort_name, ...online, ...prepare].join('\n\n'),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location ?? row.online_url,
    url: activityPageUrl(publicUrl, row.id),
    updatedAt: row.updated_at,
  };
}
