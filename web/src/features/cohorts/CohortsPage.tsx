import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CohortRes } from '../../../../core/schemas/cohorts.js';
import type { ProgrammeRes } from '../../../../core/schemas/programmes.js';
import { createCohort, listCohorts } from '../../api/cohorts.js';
import { listProgrammes } from '../../api/programmes.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';
import { CohortForm } from './CohortForm.js';
import { emptyCohort, toCreateCohortBody } from './cohortForm.js';
import { cohortPath, Period, useFacilitatorOptions, VersionName } from './parts.js';
import '../programmes/programmes.css';

/** The published versions as select options: "Programme, v2 Name". */
function versionOptions(
  programmes: readonly ProgrammeRes[],
  label: (p: string, n: number, name: string) => string,
) {
  return programmes.flatMap((p) =>
    p.versions
      .filter((v) => v.status === 'published')
      .map((v) => ({ value: v.id, label: label(p.title, v.number, v.name) })),
  );
}

/** /hold: the cohorts the user runs, and "Start et hold" (?version= preselects a version). */
export function CohortsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { roles, me } = useSession();
  const isAdmin = roles.includes('admin');
  const runs = isAdmin || roles.includes('facilitator');
  const [cohorts, setCohorts] = useState<CohortRes[] | null>(null);
  const [programmes, setProgrammes] = useState<ProgrammeRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const known = (cohorts ?? []).flatMap((c) => c.facilitators);
  const facilitators = useFacilitatorOptions(known);

  useEffect(() => {
    let cancelled = false;
    Promise.all([listCohorts(), listProgrammes()])
      .then(([c, p]) => {
        if (cancelled) return;
        setCohorts(c);
        setProgrammes(p);
      })
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  const versions = programmes
    ? versionOptions(programmes, (programme, number, name) =>
        t('cohorts.versionValue', { programme, number, name }),
      )
    : [];
  const preselected = params.get('version') ?? '';

  return (
    <Page title={t('cohorts.title')}>
      <p>
        {isAdmin || !runs
          ? `${t('cohorts.intro')}${runs ? '' : ` ${t('cohorts.introObserver')}`}`
          : `${t('cohorts.intro')} ${t('cohorts.introFacilitator')}`}
      </p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!cohorts && !error && <p>{t('common.loading')}</p>}
      {cohorts?.length === 0 && <p>{t('cohorts.none')}</p>}
      {cohorts && cohorts.length > 0 && (
        <ul className="aktion-cards">
          {cohorts.map((c) => (
            <li key={c.id}>
              <h2>
                <Link to={cohortPath(c.id)}>{c.name}</Link>
              </h2>
              <dl className="aktion-facts">
                <div>
                  <dt>{t('cohorts.version')}</dt>
                  <dd>
                    <VersionName cohort={c} />
                  </dd>
                </div>
                <div>
                  <dt>{t('cohorts.period')}</dt>
                  <dd>
                    <Period cohort={c} />
                  </dd>
                </div>
                <div>
                  <dt>{t('cohorts.participants')}</dt>
                  <dd>
                    {t('cohorts.participantCount', { count: c.participantCount })},{' '}
                    {t('cohorts.activityCount', { count: c.activityCount })}
                  </dd>
                </div>
                <div>
                  <dt>{t('cohorts.facilitators')}</dt>
                  <dd>{c.facilitators.map((f) => f.name).join(', ') || t('cohorts.facilitatorsNone')}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {programmes && runs && (
        <section aria-labelledby="new-cohort-heading" className="mt-8">
          <h2 id="new-cohort-heading">{t('cohorts.newHeading')}</h2>
          {versions.length === 0 ? (
            <p>{t('cohorts.noPublished')}</p>
          ) : (
            <>
              <p>{t('cohorts.newIntro')}</p>
              <CohortForm
                key={`${preselected}:${i18n.language}`}
                initial={{
                  ...emptyCohort(me ? [me.user.id] : []),
                  versionId: versions.some((v) => v.value === preselected) ? preselected : '',
                }}
                versions={versions}
                facilitators={facilitators.options}
                facilitatorsHint={
                  facilitators.complete
                    ? t('cohorts.fieldFacilitatorsHint')
                    : `${t('cohorts.fieldFacilitatorsHint')} ${t('cohorts.facilitatorsOnlyKnown')}`
                }
                submitLabel={t('cohorts.create')}
                onSubmit={async (state) => {
                  const created = await createCohort(toCreateCohortBody(state));
                  navigate(cohortPath(created.id), {
                    state: { notice: { variant: 'success', text: t('cohorts.created') } },
                  });
                }}
              />
            </>
          )}
        </section>
      )}
    </Page>
  );
}
