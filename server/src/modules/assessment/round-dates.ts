import { AssessmentLimits } from '../../../../core/schemas/assessment.js';
import { fieldError } from '../../lib/app-error.js';
import { DAY } from '../../lib/clock.js';

/** An ISO instant with any offset, as the UTC string the database keeps. */
export const instant = (iso: string): string => new Date(iso).toISOString();

/** The close date is in the future, after the open date, and at most openDaysMax days after it. */
export function checkDates(opensAt: string, closesAt: string, now: Date): void {
  const opens = Date.parse(opensAt);
  const closes = Date.parse(closesAt);
  if (closes <= now.getTime()) throw fieldError('closesAt', 'field.closes_in_future');
  if (closes <= opens) throw fieldError('closesAt', 'field.closes_after_opens');
  if (closes - opens > AssessmentLimits.openDaysMax * DAY)
    throw fieldError('closesAt', 'field.open_days_max', { days: AssessmentLimits.openDaysMax });
}
