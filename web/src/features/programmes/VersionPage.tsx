import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { FocusAreaRes, ProgrammeVersionRes } from '../../../../core/schemas/programmes.js';
import { getVersion, listFocusAreas } from '../../api/programmes.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { formatShortDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { totalMinutes } from './duration.js';
import { BackLink, comparePath, Duration, NotReady, programmePath, VersionStatusBadge } from './parts.js';
import { VersionEditor } from './VersionEditor.js';
import { VersionView } from './VersionView.js';

/** /programmer/versioner/:versionId: a draft in the editor (administrators), anything else read-only. */
export function VersionPage() {
  const { t, i18n } = useTranslation();
  const { versionId = '' } = useParams();
  const location = useLocation();
  const { roles } = useSession();
  const isAdmin = roles.includes('admin');
  const load = useCallback((id: string) => getVersion(id), []);
  const { value: version, setValue: setVersion, missing, error } = useLoadById(versionId, load);
  const [areas, setAreas] = useState<FocusAreaRes[] | null>(null);
  const [areasError, setAreasError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // Bumped to start the editor afresh from the server's newest edition.
  const [generation, setGeneration] = useState(0);
  const arrived = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const loaded = version !== null;
  useEffect(() => {
    if (!loaded || !arrived.current) return;
    setNotice(arrived.current);
    arrived.current = null;
  }, [loaded]);

  useEffect(() => {
    let cancelled = false;
    listFocusAreas()
      .then((items) => !cancelled && setAreas(items))
      .catch((err: unknown) => !cancelled && setAreasError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  if (missing || !version || (!areas && !areasError))
    return (
      <NotReady
        missing={missing}
        error={error}
        title={t('programmes.title')}
        notFoundTitle={t('programmeVersion.notFoundTitle')}
        notFound={t('programmeVersion.notFound')}
      />
    );

  const editable = isAdmin && version.status === 'draft';
  const modules = version.tracks.flatMap((tr) => tr.modules);
  const reload = async () => {
    const fresh = await getVersion(version.id);
    setVersion(fresh);
    setGeneration((g) => g + 1);
  };
  const done = (v: ProgrammeVersionRes, text: string) => {
    setVersion(v);
    setNotice({ variant: 'success', text });
  };

  return (
    <Page title={t('programmeVersion.heading', { number: version.number, name: version.name })}>
      <BackLink to={programmePath(version.programmeId)}>
        {t('programmeVersion.back', { title: version.programmeTitle })}
      </BackLink>
      <Notice notice={notice} />
      {areasError && (
        <Alert variant="error">
          <p>{areasError}</p>
        </Alert>
      )}
      <section aria-labelledby="version-facts-heading">
        <h2 id="version-facts-heading" className="sr-only">
          {t('programmeVersion.factsHeading')}
        </h2>
        <dl className="aktion-facts">
          <div>
            <dt>{t('programmeVersion.status')}</dt>
            <dd>
              <VersionStatusBadge status={version.status} />
              {version.publishedAt && (
                <>
                  {' '}
                  {t('programmeVersion.publishedAt')} {formatShortDay(version.publishedAt, i18n.language)}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('programmeVersion.basedOn')}</dt>
            <dd>
              {version.basedOn ? (
                <>
                  {t('programmes.versionLabel', {
                    number: version.basedOn.number,
                    name: version.basedOn.name,
                  })}
                  {' – '}
                  <Link to={comparePath(version.basedOn.id, version.id)}>
                    {t('programmeVersion.compareWithBase', {
                      number: version.basedOn.number,
                      name: version.basedOn.name,
                    })}
                  </Link>
                </>
              ) : (
                t('programmeVersion.basedOnNone')
              )}
            </dd>
          </div>
          {!editable && (
            <div>
              <dt>{t('programmeVersion.audience')}</dt>
              <dd>
                {version.targetLevels.length
                  ? version.targetLevels.map((l) => t(`levels.${l}`)).join(', ')
                  : t('programmeVersion.audienceNone')}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('programmeVersion.size')}</dt>
            <dd>
              {t('programmeVersion.sizeValue', { modules: modules.length })}{' '}
              <Duration minutes={totalMinutes(modules)} />
            </dd>
          </div>
        </dl>
      </section>

      {editable ? (
        <VersionEditor
          key={`${version.id}:${generation}`}
          version={version}
          focusAreas={areas ?? []}
          onSaved={(saved) => done(saved, t('programmeEditor.saved'))}
          onPublished={(published) =>
            done(published, t('programmes.published', { number: published.number }))
          }
          onReload={reload}
        />
      ) : (
        <>
          <Alert variant="info" headingLevel={2}>
            <p>
              {version.status === 'published'
                ? t('programmeVersion.readOnlyPublished')
                : version.status === 'archived'
                  ? t('programmeVersion.readOnlyArchived')
                  : t('programmeVersion.readOnlyReader')}
            </p>
          </Alert>
          {version.status === 'published' && (isAdmin || roles.includes('facilitator')) && (
            <p>
              <Link
                className="button button-secondary"
                to={`/hold?version=${encodeURIComponent(version.id)}#new-cohort-heading`}
              >
                {t('cohorts.startFromVersion')}
              </Link>
            </p>
          )}
          <VersionView version={version} focusAreas={areas ?? []} />
        </>
      )}
    </Page>
  );
}
