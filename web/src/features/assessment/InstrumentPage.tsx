import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type {
  InstrumentDimensionRes,
  InstrumentOverview,
  InstrumentVersionRes,
} from '../../../../core/schemas/assessment-instruments.js';
import { ApiError } from '../../api/client.js';
import { getInstrument, getInstrumentVersion } from '../../api/instruments.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { InstrumentBands } from './InstrumentBands.js';
import { InstrumentDraftEditor } from './InstrumentDraftEditor.js';
import { InstrumentStatusBadge, InstrumentVersions, instrumentPath } from './InstrumentVersions.js';
import { InstrumentView } from './InstrumentView.js';
import './instrument.css';

/** `?version=aktion`: the built-in questionnaire, even when the organisation has a version in use. */
const BUILT_IN = 'aktion';

/**
 * /maalinger/instrument: the questionnaire leaders answer, the organisation's versions of it, and
 * (administrators) a draft with the organisation's own statements. Without `?version=` the page
 * shows what new rounds use.
 */
export function InstrumentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [overview, setOverview] = useState<InstrumentOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState<InstrumentVersionRes | null>(null);
  const [missing, setMissing] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const asked = params.get('version');
  const shownId = asked === BUILT_IN ? null : (asked ?? overview?.newRoundsUse?.id ?? null);

  const loadOverview = useCallback(() => {
    getInstrument()
      .then(setOverview)
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);
  useEffect(loadOverview, [loadOverview]);

  // Only the newest request's answer counts: a later choice of version overtakes an earlier one.
  const latest = useRef(0);
  const loadVersion = useCallback((id: string | null) => {
    const ticket = ++latest.current;
    setVersion(null);
    setMissing(false);
    if (!id) return;
    getInstrumentVersion(id)
      .then((v) => ticket === latest.current && setVersion(v))
      .catch((err: unknown) => {
        if (ticket !== latest.current) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setMissing(true);
        else setError(messageOf(err));
      });
  }, []);
  useEffect(() => loadVersion(shownId), [shownId, loadVersion]);

  const reload = () => {
    loadOverview();
    loadVersion(shownId);
  };
  const success = (text: string) => setNotice({ variant: 'success', text });

  return (
    <Page title={t('instrument.title')}>
      <p>
        <Link className="back-link" to="/maalinger">
          <Icon name="chevron-left" />
          {t('instrument.back')}
        </Link>
      </p>
      <div className="aktion-instrument-intro">
        <p>{t('instrument.intro')}</p>
        <p>{t('instrument.scoring')}</p>
      </div>
      <Notice notice={notice} />
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!overview ? (
        !error && <p>{t('common.loading')}</p>
      ) : (
        <>
          <InstrumentVersions
            overview={overview}
            shownId={shownId}
            builtInPath={`${instrumentPath()}?version=${BUILT_IN}`}
            onCreated={(draft) => {
              success(t('instrument.versions.created', { version: draft.version }));
              loadOverview();
              navigate(instrumentPath(draft.id));
            }}
          />
          {missing ? (
            <Alert variant="info">
              <p>{t('instrument.missing')}</p>
            </Alert>
          ) : shownId === null ? (
            <Shown heading={t('instrument.view.headingBuiltIn')} dimensions={overview.builtIn.dimensions} />
          ) : !version ? (
            <p>{t('common.loading')}</p>
          ) : version.status === 'draft' && overview.canManage ? (
            <InstrumentDraftEditor
              version={version}
              onSaved={(saved, text) => {
                setVersion(saved);
                success(text);
                loadOverview();
              }}
              onPublished={(published) => {
                setVersion(published);
                success(t('instrument.draft.published', { version: published.version }));
                loadOverview();
              }}
              onDeleted={() => {
                success(t('instrument.draft.deleted'));
                loadOverview();
                navigate(instrumentPath());
              }}
              onGone={() => {
                setNotice({ variant: 'warning', text: t('instrument.draft.gone') });
                reload();
              }}
              onError={(message) => setNotice({ variant: 'error', text: message })}
            />
          ) : (
            <Shown
              heading={t('instrument.view.headingVersion', { version: version.version })}
              version={version}
              dimensions={version.dimensions}
            />
          )}
          <InstrumentBands bands={overview.bands} />
        </>
      )}
    </Page>
  );
}

/** A version read-only (or the built-in questionnaire), with its status in words. */
function Shown(props: {
  heading: string;
  version?: InstrumentVersionRes;
  dimensions: InstrumentDimensionRes[];
}) {
  const { t } = useTranslation();
  const { version } = props;
  return (
    <section aria-labelledby="instrument-shown-heading" className="aktion-instrument-shown">
      <h2 id="instrument-shown-heading">
        {props.heading} {version && <InstrumentStatusBadge status={version.status} />}
      </h2>
      {version && (
        <Alert variant="info" headingLevel={3}>
          <p>
            {t(version.status === 'published' ? 'instrument.view.published' : 'instrument.view.draftReader')}
          </p>
        </Alert>
      )}
      <InstrumentView dimensions={props.dimensions} level={3} />
    </section>
  );
}
