import { useTranslation } from 'react-i18next';
import { MeetingLimits, type SetMeetingsRes } from '../../../../core/schemas/learning-set-meetings.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { formatClock, formatDay } from '../events/time.js';
import type { MeetingWhen } from './setMeetings.js';

export type WhenIds = Record<'activityId' | 'date' | 'time' | 'location', string>;

export const whenIds = (prefix: string): WhenIds => ({
  activityId: `${prefix}-activity`,
  date: `${prefix}-date`,
  time: `${prefix}-time`,
  location: `${prefix}-location`,
});

/** "mandag 1. marts 2027 kl. 13.00": when a meeting is, in the user's language. */
export function useWhenText() {
  const { t, i18n } = useTranslation();
  return (iso: string) =>
    t('setMeetings.when', { day: formatDay(iso, i18n.language), time: formatClock(iso, i18n.language) });
}

/** When and where a meeting is: an activity of the cohort's plan, or a date and time; and a place. */
export function SetMeetingWhen({
  ids,
  value,
  onChange,
  activities,
  errorFor,
}: {
  ids: WhenIds;
  value: MeetingWhen;
  onChange: (patch: Partial<MeetingWhen>) => void;
  activities: SetMeetingsRes['set']['activities'];
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const whenText = useWhenText();
  return (
    <>
      <SelectField
        id={ids.activityId}
        label={t('setMeetings.fieldActivity')}
        hint={t('setMeetings.fieldActivityHint')}
        value={value.activityId}
        onChange={(activityId) => onChange({ activityId })}
        options={[
          { value: '', label: t('setMeetings.noActivity') },
          ...activities.map((a) => ({
            value: a.id,
            label: t('setMeetings.activityOption', { title: a.title, day: whenText(a.startsAt) }),
          })),
        ]}
        error={errorFor(ids.activityId)}
      />
      {!value.activityId && (
        <div className="aktion-inline">
          <TextField
            id={ids.date}
            type="date"
            label={t('setMeetings.fieldDate')}
            value={value.date}
            onChange={(date) => onChange({ date })}
            error={errorFor(ids.date)}
            required
          />
          <TextField
            id={ids.time}
            label={t('setMeetings.fieldTime')}
            hint={t('setMeetings.fieldTimeHint')}
            value={value.time}
            onChange={(time) => onChange({ time })}
            error={errorFor(ids.time)}
            inputClassName="input-width-xs"
            maxLength={5}
            autoComplete="off"
            required
          />
        </div>
      )}
      <TextField
        id={ids.location}
        label={t('setMeetings.fieldLocation')}
        hint={value.activityId ? t('setMeetings.fieldLocationHint') : undefined}
        value={value.location}
        onChange={(location) => onChange({ location })}
        error={errorFor(ids.location)}
        maxLength={MeetingLimits.locationMax}
        autoComplete="off"
      />
    </>
  );
}
