import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MeetingRes, SetMeetingsRes } from '../../../../core/schemas/learning-set-meetings.js';
import { getSetMeetings } from '../../api/setMeetings.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { BackLink, NotReady } from '../programmes/parts.js';
import { cohortPath } from './parts.js';
import { SetMeetingCard } from './SetMeetingCard.js';
import { SetMeetingPlanForm } from './SetMeetingPlanForm.js';
import { splitByTime } from './setMeetings.js';
import './cohorts.css';
import './learningSets.css';

/** The meetings after a change: the saved one replaced (or gone, when it moved to another set). */
function withMeeting(value: SetMeetingsRes, saved: MeetingRes): SetMeetingsRes {
  const others = value.meetings.filter((m) => m.id !== saved.id);
  const meetings = saved.setId === value.set.id ? [...others, saved] : others;
  return { ...value, meetings: meetings.sort((a, b) => a.startsAt.localeCompare(b.startsAt)) };
}

/**
 * /hold/:id/saet/:setId: one learning set's meetings, for those who run it (the cohort's
 * administrators and facilitators, and the set's own facilitator): plan a meeting, and record who
 * was there, whose projects, the questions asked, the next steps and the facilitator's notes.
 */
export function SetMeetingsPage() {
  const { t } = useTranslation();
  const { id = '', setId = '' } = useParams();
  const load = useCallback((sid: string) => getSetMeetings(sid), []);
  const { value, setValue, missing, error } = useLoadById(setId, load);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  if (missing || !value || value.set.cohortId !== id)
    return (
      <NotReady
        missing={missing || (value !== null && value.set.cohortId !== id)}
        error={error}
        title={t('learningSets.heading')}
        notFoundTitle={t('setMeetings.notFoundTitle')}
        notFound={t('setMeetings.notFound')}
      />
    );

  const { set } = value;
  const { coming, held } = splitByTime(value.meetings, new Date());
  const saved = (meeting: MeetingRes, text: string) => {
    setValue((v) => (v ? withMeeting(v, meeting) : v));
    setNotice({ variant: 'success', text });
  };
  const card = (m: MeetingRes) => (
    <SetMeetingCard
      key={m.id}
      set={set}
      meeting={m}
      onSaved={(meeting) => saved(meeting, t('setMeetings.saved'))}
      onDeleted={(meeting) => {
        setValue((v) => (v ? { ...v, meetings: v.meetings.filter((x) => x.id !== meeting.id) } : v));
        setNotice({ variant: 'success', text: t('setMeetings.deleted') });
      }}
    />
  );

  return (
    <Page title={t('setMeetings.title', { set: set.name })}>
      <BackLink to={`${cohortPath(set.cohortId)}#laeringssaet`}>{t('setMeetings.back')}</BackLink>
      <Notice notice={notice} />
      <p>{t('setMeetings.intro')}</p>
      <dl className="aktion-facts">
        <div>
          <dt>{t('setMeetings.cohort')}</dt>
          <dd>{set.cohortName}</dd>
        </div>
        <div>
          <dt>{t('setMeetings.facilitator')}</dt>
          <dd>{set.facilitator?.name ?? t('setMeetings.noFacilitator')}</dd>
        </div>
        <div>
          <dt>{t('setMeetings.members')}</dt>
          <dd>{set.members.map((m) => m.name).join(', ') || t('setMeetings.noMembers')}</dd>
        </div>
      </dl>

      <section aria-labelledby="plan-meeting-heading" className="mt-8">
        <h2 id="plan-meeting-heading">{t('setMeetings.planHeading')}</h2>
        <SetMeetingPlanForm set={set} onPlanned={(meeting) => saved(meeting, t('setMeetings.planned'))} />
      </section>

      <section aria-labelledby="coming-meetings-heading" className="mt-8">
        <h2 id="coming-meetings-heading">{t('setMeetings.comingHeading')}</h2>
        {coming.length === 0 ? (
          <p>{t('setMeetings.noneComing')}</p>
        ) : (
          <ul className="aktion-meetings">{coming.map(card)}</ul>
        )}
      </section>

      <section aria-labelledby="held-meetings-heading" className="mt-8">
        <h2 id="held-meetings-heading">{t('setMeetings.heldHeading')}</h2>
        {held.length === 0 ? (
          <p>{t('setMeetings.noneHeld')}</p>
        ) : (
          <ul className="aktion-meetings">{held.map(card)}</ul>
        )}
      </section>
    </Page>
  );
}
