import type {
  ActionLearningOverviewRes,
  JournalReminderReq,
  JournalReminderRes,
} from '../../../core/schemas/action-learning-overview.js';
import { request } from './client.js';

/** The facilitator's overview of the cohort's participants (or, for a set's facilitator, their set). */
export function getActionLearningOverview(cohortId: string): Promise<ActionLearningOverviewRes> {
  return request('GET', `/api/cohorts/${encodeURIComponent(cohortId)}/action-learning`);
}

const reminderPath = (cohortId: string) => `/api/my/cohorts/${encodeURIComponent(cohortId)}/journal-reminder`;

/** My reminder to write in the journal of one of my cohorts (days, or null when off). */
export function getJournalReminder(cohortId: string): Promise<JournalReminderRes> {
  return request('GET', reminderPath(cohortId));
}

export function setJournalReminder(cohortId: string, body: JournalReminderReq): Promise<JournalReminderRes> {
  return request('PUT', reminderPath(cohortId), body);
}
