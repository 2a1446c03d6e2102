import type { QuietReason } from '../../../../core/journal-quiet.js';
import type { ActionLearningParticipantRes } from '../../../../core/schemas/action-learning-overview.js';
import type { ProjectStatus } from '../../../../core/schemas/action-projects.js';
import type { OverviewParticipantRow } from './overview.repository.js';

export interface ProjectSummary {
  status: string;
  /** Already null unless the owner shared the project with the set (see projectStatuses). */
  shared_title: string | null;
}

export interface JournalSummary {
  lastEntryAt: string | null;
  entries: number;
  shared: number;
}

export interface AttendanceSummary {
  present: number;
  absent: number;
  rate: number | null;
  missedTwoInARow: boolean;
}

/** One line of the overview: names, status and figures; no journal or project text. */
export function presentOverviewParticipant(
  row: OverviewParticipantRow,
  project: ProjectSummary | undefined,
  journal: JournalSummary,
  attendance: AttendanceSummary,
  silence: { days: number; reasons: QuietReason[] },
): ActionLearningParticipantRes {
  return {
    personId: row.person_id,
    name: row.name,
    set: row.set_id && row.set_name !== null ? { id: row.set_id, name: row.set_name } : null,
    project: project ? { status: project.status as ProjectStatus, title: project.shared_title } : null,
    journal: {
      lastEntryAt: journal.lastEntryAt,
      entries: journal.entries,
      sharedWithFacilitators: journal.shared,
    },
    attendance,
    silentDays: silence.days,
    quiet: silence.reasons.length > 0,
    quietReasons: silence.reasons,
  };
}
