import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  InstrumentOverview,
  InstrumentStatus,
  InstrumentVersionRes,
} from '../../../../core/schemas/assessment-instruments.js';
import { createInstrumentDraft } from '../../api/instruments.js';
import { Alert } from '../../components/Alert.js';
import { formatShortDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';

const BADGE: Record<InstrumentStatus, string> = { draft: 'badge-info', published: 'badge-success' };

export const instrumentPath = (versionId?: string) =>
  versionId ? `/maalinger/instrument?version=${encodeURIComponent(versionId)}` : '/maalinger/instrument';

export function InstrumentStatusBadge({ status }: { status: InstrumentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${BADGE[status]}`}>{t(`instrument.versions.statuses.${status}`)}</span>;
}

interface Props {
  overview: InstrumentOverview;
  /** The version shown below, or null for the built-in questionnaire. */
  shownId: string | null;
  /** Where the built-in questionnaire is shown. */
  builtInPath: string;
  onCreated: (draft: InstrumentVersionRes) => void;
}

/** What new rounds use, the organisation's versions, and (for administrators) a new draft. */
export function InstrumentVersions({ overview, shownId, builtInPath, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inUse = overview.versions.find((v) => v.usedByNewRounds);
  const draft = overview.versions.find((v) => v.status === 'draft');

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await createInstrumentDraft());
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby="instrument-in-use-heading">
        <h2 id="instrument-in-use-heading">{t('instrument.inUse.heading')}</h2>
        <p>
          {inUse?.publishedAt
            ? t('instrument.inUse.version', {
                version: inUse.version,
                date: formatShortDay(inUse.publishedAt, i18n.language),
                count: inUse.ownItemCount,
              })
            : t('instrument.inUse.builtIn')}{' '}
          {t('instrument.inUse.running')}
        </p>
      </section>
      <section aria-labelledby="instrument-versions-heading">
        <h2 id="instrument-versions-heading">{t('instrument.versions.heading')}</h2>
        {overview.versions.length === 0 ? (
          <p>{t('instrument.versions.none')}</p>
        ) : (
          <div className="aktion-table-wrapper">
            <table className="table table--zebra table--compact">
              <caption className="sr-only">{t('instrument.versions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('instrument.versions.version')}</th>
                  <th scope="col">{t('instrument.versions.status')}</th>
                  <th scope="col" className="aktion-num">
                    {t('instrument.versions.own')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.versions.map((v) => (
                  <tr key={v.id}>
                    <th scope="row" className="aktion-nowrap">
                      <Link to={instrumentPath(v.id)} aria-current={v.id === shownId ? 'page' : undefined}>
                        {t('instrument.versions.number', { version: v.version })}
                      </Link>
                      {v.id === shownId && (
                        <span className="sr-only"> ({t('instrument.versions.showing')})</span>
                      )}
                    </th>
                    <td>
                      <InstrumentStatusBadge status={v.status} />
                      {v.publishedAt && (
                        <span className="aktion-nowrap"> {formatShortDay(v.publishedAt, i18n.language)}</span>
                      )}
                      {v.usedByNewRounds && (
                        <span className="aktion-instrument-in-use">{t('instrument.versions.inUse')}</span>
                      )}
                    </td>
                    <td className="aktion-num">{v.ownItemCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {shownId !== null && (
          <p>
            <Link to={builtInPath}>{t('instrument.versions.showBuiltIn')}</Link>
          </p>
        )}
        {overview.canManage ? (
          draft ? (
            draft.id !== shownId && (
              <p>
                <Link className="button button-secondary" to={instrumentPath(draft.id)}>
                  {t('instrument.versions.editDraft', { version: draft.version })}
                </Link>
              </p>
            )
          ) : (
            <div className="form-group">
              <p className="form-hint" id="instrument-create-hint">
                {t('instrument.versions.createHint')}
              </p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void create()}
                disabled={busy}
                aria-describedby="instrument-create-hint"
              >
                {t('instrument.versions.create')}
              </button>
            </div>
          )
        ) : (
          <p>{t('instrument.versions.managedByAdmins')}</p>
        )}
        {error && (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        )}
      </section>
    </>
  );
}
