import type { JobsTable } from '../lib/jobs/jobs.tables.js';
import type { MailAttachmentsTable, MailOutboxTable } from '../lib/mail/mail.tables.js';
import type {
  ActionProjectFocusAreasTable,
  ActionProjectsTable,
  JournalCommentsTable,
  JournalEntriesTable,
} from '../modules/action-projects/action-projects.tables.js';
import type {
  AssessmentInstrumentsTable,
  AssessmentInvitationsTable,
  AssessmentProfilesTable,
  AssessmentResponsesTable,
  AssessmentRoundsTable,
  AssessmentSettingsTable,
} from '../modules/assessment/assessment.tables.js';
import type { AuditLogTable } from '../modules/audit/audit.tables.js';
import type {
  AppSettingsTable,
  LoginFailuresTable,
  PasswordResetsTable,
  RateLimitCountersTable,
  SessionsTable,
} from '../modules/auth/auth.tables.js';
import type { CalendarTokensTable } from '../modules/cohorts/calendar.tables.js';
import type {
  ActivityAttendanceTable,
  CohortActivitiesTable,
  CohortFacilitatorsTable,
  CohortParticipantsTable,
  CohortsTable,
} from '../modules/cohorts/cohorts.tables.js';
import type {
  EventsTable,
  RegistrationAttendeesTable,
  RegistrationsTable,
} from '../modules/events/events.tables.js';
import type { FilesTable } from '../modules/files/files.tables.js';
import type { GlossaryTermsTable, ReadabilityTargetsTable } from '../modules/glossary/glossary.tables.js';
import type { ImportBatchesTable, ImportMappingsTable } from '../modules/imports/imports.tables.js';
import type {
  InsightFocusAreasTable,
  InsightsTable,
  InsightVersionsTable,
} from '../modules/insights/insights.tables.js';
import type {
  LearningSetMembersTable,
  LearningSetsTable,
} from '../modules/learning-sets/learning-sets.tables.js';
import type {
  LearningSetMeetingAttendeesTable,
  LearningSetMeetingProjectsTable,
  LearningSetMeetingsTable,
} from '../modules/learning-sets/meetings.tables.js';
import type {
  NarrativeQuestionsTable,
  NarrativeVersionsTable,
} from '../modules/narrative/narrative.tables.js';
import type {
  EmbedOriginsTable,
  MembershipsTable,
  OrganisationsTable,
} from '../modules/organisations/organisations.tables.js';
import type { PersonsTable, ProfessionalFieldsTable } from '../modules/people/people.tables.js';
import type {
  FocusAreasTable,
  ProgrammeModulesTable,
  ProgrammesTable,
  ProgrammeTracksTable,
  ProgrammeVersionsTable,
} from '../modules/programmes/programmes.tables.js';
import type {
  ResponsibilityGroupMembersTable,
  ResponsibilityGroupsTable,
  ResponsibilityMatricesTable,
} from '../modules/responsibilities/responsibilities.tables.js';
import type {
  LoginChallengesTable,
  RecoveryCodesTable,
  SecondFactorsTable,
} from '../modules/second-factor/second-factor.tables.js';
import type { SsoConfigsTable, SsoLoginStatesTable, UserIdentitiesTable } from '../modules/sso/sso.tables.js';
import type { UnitsTable } from '../modules/units/units.tables.js';
import type { InvitationsTable, UsersTable } from '../modules/users/users.tables.js';
import type {
  VoiceAnswersTable,
  VoiceMonthReleasesTable,
  VoicePostCountersTable,
  VoicePostsTable,
  VoiceSettingsTable,
  VoiceTechnologiesTable,
  VoiceTopicsTable,
} from '../modules/voice/voice.tables.js';

/** The whole schema as Kysely sees it; each module owns its tables in <module>.tables.ts. */
export interface Database {
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  users: UsersTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  rate_limit_counters: RateLimitCountersTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  mail_outbox: MailOutboxTable;
  mail_attachments: MailAttachmentsTable;
  embed_origins: EmbedOriginsTable;
  units: UnitsTable;
  professional_fields: ProfessionalFieldsTable;
  persons: PersonsTable;
  import_mappings: ImportMappingsTable;
  import_batches: ImportBatchesTable;
  sso_configs: SsoConfigsTable;
  sso_login_states: SsoLoginStatesTable;
  user_identities: UserIdentitiesTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  login_challenges: LoginChallengesTable;
  app_settings: AppSettingsTable;
  events: EventsTable;
  focus_areas: FocusAreasTable;
  programmes: ProgrammesTable;
  programme_versions: ProgrammeVersionsTable;
  programme_tracks: ProgrammeTracksTable;
  programme_modules: ProgrammeModulesTable;
  cohorts: CohortsTable;
  cohort_facilitators: CohortFacilitatorsTable;
  cohort_participants: CohortParticipantsTable;
  cohort_activities: CohortActivitiesTable;
  activity_attendance: ActivityAttendanceTable;
  calendar_tokens: CalendarTokensTable;
  files: FilesTable;
  registrations: RegistrationsTable;
  registration_attendees: RegistrationAttendeesTable;
  learning_sets: LearningSetsTable;
  learning_set_members: LearningSetMembersTable;
  action_projects: ActionProjectsTable;
  action_project_focus_areas: ActionProjectFocusAreasTable;
  journal_entries: JournalEntriesTable;
  journal_comments: JournalCommentsTable;
  learning_set_meetings: LearningSetMeetingsTable;
  learning_set_meeting_attendees: LearningSetMeetingAttendeesTable;
  learning_set_meeting_projects: LearningSetMeetingProjectsTable;
  insights: InsightsTable;
  insight_focus_areas: InsightFocusAreasTable;
  insight_versions: InsightVersionsTable;
  assessment_settings: AssessmentSettingsTable;
  assessment_instruments: AssessmentInstrumentsTable;
  assessment_rounds: AssessmentRoundsTable;
  assessment_invitations: AssessmentInvitationsTable;
  assessment_profiles: AssessmentProfilesTable;
  assessment_responses: AssessmentResponsesTable;
  glossary_terms: GlossaryTermsTable;
  readability_targets: ReadabilityTargetsTable;
  responsibility_groups: ResponsibilityGroupsTable;
  responsibility_group_members: ResponsibilityGroupMembersTable;
  responsibility_matrices: ResponsibilityMatricesTable;
  narrative_versions: NarrativeVersionsTable;
  narrative_questions: NarrativeQuestionsTable;
  voice_technologies: VoiceTechnologiesTable;
  voice_posts: VoicePostsTable;
  voice_post_counters: VoicePostCountersTable;
  voice_month_releases: VoiceMonthReleasesTable;
  voice_answers: VoiceAnswersTable;
  voice_topics: VoiceTopicsTable;
  voice_settings: VoiceSettingsTable;
}
