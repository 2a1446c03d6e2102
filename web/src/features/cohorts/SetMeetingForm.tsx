import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MeetingLimits,
  type MeetingRes,
  type SetMeetingsRes,
} from '../../../../core/schemas/learning-set-meetings.js';
import { ApiError } from '../../api/client.js';
import { updateMeeting } from '../../api/setMeetings.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { SetMeetingWhen, whenIds } from './SetMeetingWhen.js';
import {
  attendeeChoices,
  type MeetingForm,
  meetingToForm,
  projectChoices,
  toUpdateBody,
  validateWhen,
} from './setMeetings.js';

/**
 * Records a meeting: when and where, who was there (checkboxes of the set's members), whose
 * projects were worked on, the questions the set asked, the agreed next steps (both seen by the
 * members) and the facilitator's own notes; or moves it to another set.
 */
export function SetMeetingForm({
  set,
  meeting,
  onSaved,
  onCancel,
}: {
  set: SetMeetingsRes['set'];
  meeting: MeetingRes;
  onSaved: (meeting: MeetingRes) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const prefix = useId();
  const form = useFormErrors();
  const [initial] = useState<MeetingForm>(() => meetingToForm(meeting));
  const [state, setState] = useState<MeetingForm>(initial);
  const [busy, setBusy] = useState(false);
  const ids = {
    ...whenIds(prefix),
    attendees: `${prefix}-attendees`,
    projects: `${prefix}-projects`,
    questions: `${prefix}-questions`,
    nextSteps: `${prefix}-next-steps`,
    notes: `${prefix}-notes`,
    setId: `${prefix}-set`,
  };
  const set_ = (patch: Partial<MeetingForm>) => setState((s) => ({ ...s, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateWhen(state);
    if (problems.length)
      return form.show(
        problems.map((p) => ({ id: ids[p.field], message: t(`setMeetings.problems.${p.problem}`) })),
      );
    setBusy(true);
    try {
      const saved = await updateMeeting(meeting.id, toUpdateBody(state, initial));
      form.clear();
      onSaved(saved);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      form.show(
        Object.keys(fields).length
          ? serverFieldErrors(
              fields,
              {
                startsAt: ids.date,
                activityId: ids.activityId,
                location: ids.location,
                attendeePersonIds: ids.attendees,
                projectIds: ids.projects,
                questions: ids.questions,
                nextSteps: ids.nextSteps,
                notes: ids.notes,
                setId: ids.setId,
              },
              ids.questions,
            )
          : [{ id: ids.attendees, message: messageOf(error) }],
      );
    } finally {
      setBusy(false);
    }
  };

  const projects = projectChoices(set.projects, meeting);
  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <SetMeetingWhen
          ids={ids}
          value={state}
          onChange={set_}
          activities={set.activities}
          errorFor={form.errorFor}
        />
        <CheckboxGroup
          id={ids.attendees}
          legend={t('setMeetings.fieldAttendees')}
          hint={t('setMeetings.fieldAttendeesHint')}
          options={attendeeChoices(set.members, meeting).map((p) => ({ value: p.personId, label: p.name }))}
          values={state.attendeeIds}
          onChange={(attendeeIds) => set_({ attendeeIds })}
          error={form.errorFor(ids.attendees)}
        />
        {projects.length === 0 ? (
          <p>{t('setMeetings.noProjects')}</p>
        ) : (
          <CheckboxGroup
            id={ids.projects}
            legend={t('setMeetings.fieldProjects')}
            hint={t('setMeetings.fieldProjectsHint')}
            options={projects.map((p) => ({
              value: p.id,
              label: p.title
                ? t('setMeetings.projectTitled', { name: p.personName, title: p.title })
                : t('setMeetings.projectHidden', { name: p.personName }),
            }))}
            values={state.projectIds}
            onChange={(projectIds) => set_({ projectIds })}
            error={form.errorFor(ids.projects)}
          />
        )}
        {(
          [
            ['questions', 'fieldQuestions', 'fieldQuestionsHint'],
            ['nextSteps', 'fieldNextSteps', 'fieldNextStepsHint'],
            ['notes', 'fieldNotes', 'fieldNotesHint'],
          ] as const
        ).map(([field, label, hint]) => (
          <TextAreaField
            key={field}
            id={ids[field]}
            label={t(`setMeetings.${label}`)}
            hint={t(`setMeetings.${hint}`)}
            value={state[field]}
            onChange={(text) => set_({ [field]: text })}
            error={form.errorFor(ids[field])}
            maxLength={MeetingLimits.textMax}
            rows={4}
          />
        ))}
        {set.otherSets.length > 0 && (
          <SelectField
            id={ids.setId}
            label={t('setMeetings.fieldSet')}
            hint={t('setMeetings.fieldSetHint')}
            value={state.setId}
            onChange={(setId) => set_({ setId })}
            options={[
              { value: set.id, label: set.name },
              ...set.otherSets.map((s) => ({ value: s.id, label: s.name })),
            ]}
            error={form.errorFor(ids.setId)}
          />
        )}
        <div className="aktion-actions mt-4">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('setMeetings.saving') : t('setMeetings.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
