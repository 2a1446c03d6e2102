import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRes, SetMeetingsRes } from '../../../../core/schemas/learning-set-meetings.js';
import { deleteMeeting } from '../../api/setMeetings.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { messageOf } from '../organisation/labels.js';
import { SetMeetingForm } from './SetMeetingForm.js';
import { useWhenText } from './SetMeetingWhen.js';
import { linesOf } from './setMeetings.js';

/** A text written one item per line, as a list; nothing when empty. */
export function Lines({ heading, text, level = 4 }: { heading: string; text: string; level?: 4 | 5 }) {
  const lines = linesOf(text);
  if (lines.length === 0) return null;
  const Heading = level === 4 ? 'h4' : 'h5';
  return (
    <>
      <Heading>{heading}</Heading>
      <ul>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same line may be written twice
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** One meeting: when, where, what was recorded; "Registrér og ret" opens its form, "Slet" asks first. */
export function SetMeetingCard({
  set,
  meeting,
  onSaved,
  onDeleted,
}: {
  set: SetMeetingsRes['set'];
  meeting: MeetingRes;
  onSaved: (meeting: MeetingRes) => void;
  onDeleted: (meeting: MeetingRes) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const whenText = useWhenText();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const when = whenText(meeting.startsAt);
  const projects = meeting.projects.map((p) =>
    p.title
      ? t('setMeetings.projectTitled', { name: p.personName, title: p.title })
      : t('setMeetings.projectHidden', { name: p.personName }),
  );

  const remove = async () => {
    setBusy(true);
    try {
      await deleteMeeting(meeting.id);
      onDeleted(meeting);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <li>
      <section className="aktion-panel" aria-labelledby={headingId}>
        <h3 id={headingId}>{when}</h3>
        {meeting.activity && <p>{t('setMeetings.inActivity', { title: meeting.activity.title })}</p>}
        {meeting.location && <p>{t('setMeetings.place', { place: meeting.location })}</p>}
        {error && (
          <Alert variant="error" headingLevel={3}>
            <p>{error}</p>
          </Alert>
        )}
        {mode === 'edit' ? (
          <SetMeetingForm
            set={set}
            meeting={meeting}
            onCancel={() => setMode('view')}
            onSaved={(saved) => {
              setMode('view');
              onSaved(saved);
            }}
          />
        ) : (
          <>
            <p>
              {meeting.attendees.length
                ? t('setMeetings.present', { names: meeting.attendees.map((a) => a.name).join(', ') })
                : t('setMeetings.presentNone')}
            </p>
            {projects.length > 0 && <p>{t('setMeetings.projects', { list: projects.join('; ') })}</p>}
            <Lines heading={t('setMeetings.questions')} text={meeting.questions} />
            <Lines heading={t('setMeetings.nextSteps')} text={meeting.nextSteps} />
            {meeting.notes.trim() && (
              <>
                <h4>{t('setMeetings.notes')}</h4>
                <p className="aktion-meeting-text">{meeting.notes}</p>
              </>
            )}
            {mode === 'delete' ? (
              <ConfirmBox
                question={t('setMeetings.deleteQuestion', { when })}
                confirmLabel={t('setMeetings.deleteConfirm')}
                onConfirm={() => void remove()}
                onCancel={() => setMode('view')}
                busy={busy}
              />
            ) : (
              <div className="aktion-actions">
                <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>
                  {t('setMeetings.record')}
                  <span className="sr-only">: {when}</span>
                </button>
                <button type="button" className="button button-secondary" onClick={() => setMode('delete')}>
                  {t('setMeetings.delete')}
                  <span className="sr-only">: {when}</span>
                </button>
              </div>
            )}
          </>
        )}
      </section>
    </li>
  );
}
