import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ActivityRes, CohortRes } from '../../../../core/schemas/cohorts.js';
import { type AttendanceRowRes, CohortLimits } from '../../../../core/schemas/cohorts.js';
import { ApiError } from '../../api/client.js';
import { getActivity, getAttendance, getCohort, saveAttendance } from '../../api/cohorts.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { formatClock, formatDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { BackLink, NotReady } from '../programmes/parts.js';
import { attendanceRequest, countMarks, type MarkState, type Marks, marksFrom } from './attendance.js';
import { cohortPath } from './parts.js';
import './cohorts.css';

const STATUSES = ['present', 'absent', ''] as const;

/** /hold/:id/fremmoede/:activityId: every participant present, absent (with a reason) or not recorded; one save. */
export function AttendancePage() {
  const { t, i18n } = useTranslation();
  const { id = '', activityId = '' } = useParams();
  const load = useCallback((aid: string) => getActivity(aid), []);
  const { value: activity, missing, error } = useLoadById<ActivityRes>(activityId, load);
  const [cohort, setCohort] = useState<CohortRes | null>(null);
  const [rows, setRows] = useState<AttendanceRowRes[] | null>(null);
  const [saved, setSaved] = useState<Marks>({});
  const [marks, setMarks] = useState<Marks>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  useEffect(() => {
    let cancelled = false;
    Promise.all([getCohort(id), getAttendance(activityId)])
      .then(([c, att]) => {
        if (cancelled) return;
        setCohort(c);
        setRows(att.items);
        setSaved(marksFrom(att));
        setMarks(marksFrom(att));
      })
      .catch((err: unknown) => !cancelled && setLoadError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [id, activityId]);

  if (missing || !activity || (!rows && !loadError))
    return (
      <NotReady
        missing={missing}
        error={error}
        title={t('cohortAttendance.heading')}
        notFoundTitle={t('cohortAttendance.notFoundTitle')}
        notFound={t('cohortAttendance.notFound')}
      />
    );

  const lang = i18n.language;
  const set = (personId: string, patch: Partial<MarkState>) =>
    setMarks((m) => ({ ...m, [personId]: { ...(m[personId] ?? { status: '', reason: '' }), ...patch } }));
  const statusLabel = {
    present: t('cohortAttendance.present'),
    absent: t('cohortAttendance.absent'),
    '': t('cohortAttendance.unmarked'),
  };
  const counts = countMarks(marks);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = attendanceRequest(saved, marks);
    if (!body) {
      form.clear();
      setNotice({ variant: 'info', text: t('cohortAttendance.nothingChanged') });
      return;
    }
    setBusy(true);
    try {
      const res = await saveAttendance(activity.id, body);
      form.clear();
      setRows(res.items);
      setSaved(marksFrom(res));
      setMarks(marksFrom(res));
      setNotice({ variant: 'success', text: t('cohortAttendance.saved') });
    } catch (err) {
      setNotice(null);
      const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
      const first = rows?.[0]?.personId ?? '';
      form.show(
        fields.length
          ? fields.map(([field, message]) => {
              // marks.3.reason → the reason of the fourth changed mark's person.
              const [, index, part] = field.split('.');
              const personId = body.marks[Number(index)]?.personId ?? first;
              return { id: part === 'reason' ? `reason-${personId}` : `status-${personId}`, message };
            })
          : [{ id: `status-${first}`, message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('cohortAttendance.pageTitle', { title: activity.title })}>
      <BackLink to={cohortPath(id)}>{t('cohortAttendance.back', { name: cohort?.name ?? '' })}</BackLink>
      <p>
        {formatDay(activity.startsAt, lang)}, {formatClock(activity.startsAt, lang)}–
        {formatClock(activity.endsAt, lang)}
        {activity.location ? `, ${activity.location}` : ''}
      </p>
      {loadError && (
        <Alert variant="error">
          <p>{loadError}</p>
        </Alert>
      )}
      {rows?.length === 0 && <p>{t('cohortAttendance.noParticipants')}</p>}
      {rows && rows.length > 0 && (
        <>
          <p>{t('cohortAttendance.markIntro')}</p>
          <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
          <form onSubmit={submit} noValidate>
            <ul className="aktion-marks">
              {rows.map((row) => {
                const mark = marks[row.personId] ?? { status: '', reason: '' };
                const statusId = `status-${row.personId}`;
                return (
                  <li key={row.personId}>
                    <fieldset>
                      <legend className="form-label">
                        <span className="sr-only">{t('cohortAttendance.status', { name: row.name })}</span>
                        <span aria-hidden="true">{row.name}</span>
                        {row.unit && <span className="aktion-muted"> · {row.unit.name}</span>}
                      </legend>
                      {STATUSES.map((status, i) => {
                        const inputId = i === 0 ? statusId : `${statusId}-${status || 'unmarked'}`;
                        return (
                          <div className="form-group-radio" key={status || 'unmarked'}>
                            <input
                              type="radio"
                              id={inputId}
                              name={statusId}
                              className="form-radio"
                              checked={mark.status === status}
                              onChange={() => set(row.personId, { status })}
                            />
                            <label className="form-label" htmlFor={inputId}>
                              {statusLabel[status]}
                            </label>
                          </div>
                        );
                      })}
                      {mark.status === 'absent' && (
                        <TextField
                          id={`reason-${row.personId}`}
                          label={t('cohortAttendance.reason')}
                          hint={t('cohortAttendance.reasonHint')}
                          value={mark.reason}
                          onChange={(reason) => set(row.personId, { reason })}
                          error={form.errorFor(`reason-${row.personId}`)}
                          maxLength={CohortLimits.textMax}
                        />
                      )}
                    </fieldset>
                  </li>
                );
              })}
            </ul>
            <p className="mt-6">{t('cohortAttendance.counts', counts)}</p>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('cohortAttendance.save')}
            </button>
          </form>
          <Notice notice={notice} />
        </>
      )}
    </Page>
  );
}
