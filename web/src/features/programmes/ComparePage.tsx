import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  FocusAreaRes,
  ModuleRes,
  ProgrammeVersionRes,
  VersionDiffRes,
} from '../../../../core/schemas/programmes.js';
import { ApiError } from '../../api/client.js';
import { compareVersions, getVersion, listFocusAreas } from '../../api/programmes.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { type CompareRow, compareTracks, nothingChanged, summaryParts } from './compareView.js';
import { BackLink, Duration, NotReady, programmePath, RichText } from './parts.js';

interface Loaded {
  diff: VersionDiffRes;
  from: ProgrammeVersionRes;
  to: ProgrammeVersionRes;
  areas: FocusAreaRes[];
}

/** /programmer/versioner/:versionId/sammenlign/:otherId: the older version before, the newer after. */
export function ComparePage() {
  const { t } = useTranslation();
  const { versionId = '', otherId = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hideUnchanged, setHideUnchanged] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setLoaded(null);
    setMissing(false);
    setError(null);
    (async () => {
      const [a, b, areas] = await Promise.all([getVersion(versionId), getVersion(otherId), listFocusAreas()]);
      // Always from the older to the newer, whichever order the address has them in.
      const [from, to] = a.number <= b.number ? [a, b] : [b, a];
      const diff = await compareVersions(from.id, to.id);
      return { diff, from, to, areas };
    })()
      .then((l) => !cancelled && setLoaded(l))
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setMissing(true);
        else if (err instanceof ApiError && err.reason === 'not_same_programme')
          setError(t('programmeCompare.notSameProgramme'));
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [versionId, otherId, t]);

  if (!loaded)
    return (
      <NotReady
        missing={missing}
        error={error}
        title={t('programmeCompare.title')}
        notFoundTitle={t('programmeVersion.notFoundTitle')}
        notFound={t('programmeVersion.notFound')}
      />
    );

  const { diff, from, to, areas } = loaded;
  const tracks = compareTracks(diff, hideUnchanged);
  const hidden = tracks.reduce((n, tr) => n + tr.hidden, 0);
  const parts = summaryParts(diff.counts)
    .map((p) => t(`programmeCompare.counts.${p.change}`, { count: p.count }))
    .join(', ');
  const levels = (v: ProgrammeVersionRes) =>
    v.targetLevels.length
      ? v.targetLevels.map((l) => t(`levels.${l}`)).join(', ')
      : t('programmeVersion.audienceNone');

  return (
    <Page
      title={`${t('programmeCompare.title')}: ${t('programmeCompare.heading', { fromNumber: from.number, toNumber: to.number })}`}
    >
      <BackLink to={programmePath(to.programmeId)}>
        {t('programmeCompare.back', { title: to.programmeTitle })}
      </BackLink>
      <p>{t('programmeCompare.intro', { from: from.name, to: to.name })}</p>
      {nothingChanged(diff) ? (
        <p>
          <strong>{t('programmeCompare.nothing')}</strong>
        </p>
      ) : (
        <p>
          <strong>{t('programmeCompare.summary', { parts })}</strong>
        </p>
      )}
      {diff.changedFields.includes('name') && (
        <p>{t('programmeCompare.nameChanged', { from: from.name, to: to.name })}</p>
      )}
      {diff.changedFields.includes('targetLevels') && (
        <p>{t('programmeCompare.audienceChanged', { from: levels(from), to: levels(to) })}</p>
      )}
      <CheckboxField
        id="compare-hide-unchanged"
        label={t('programmeCompare.hideUnchanged')}
        checked={hideUnchanged}
        onChange={setHideUnchanged}
      />
      <p aria-live="polite">
        {hideUnchanged && hidden > 0 ? t('programmeCompare.hiddenCount', { count: hidden }) : ''}
      </p>

      {tracks.map((track) => (
        <div key={track.lineageId} className="aktion-table-wrapper mt-6">
          <table className="table aktion-compare-table">
            <caption className="h3">
              {track.renamedFrom
                ? t('programmeCompare.captionRenamed', { track: track.title, before: track.renamedFrom })
                : t('programmeCompare.caption', { track: track.title })}
              {track.change === 'added' && ` – ${t('programmeCompare.trackAdded')}`}
              {track.change === 'removed' && ` – ${t('programmeCompare.trackRemoved')}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('programmeCompare.module')}</th>
                <th scope="col">{t('programmeCompare.change')}</th>
                <th scope="col">{t('programmeCompare.before', { number: from.number, name: from.name })}</th>
                <th scope="col">{t('programmeCompare.after', { number: to.number, name: to.name })}</th>
              </tr>
            </thead>
            <tbody>
              {track.rows.map((row) => (
                <tr key={row.lineageId}>
                  <th scope="row">{row.title}</th>
                  <td>
                    <ChangeLabel row={row} />
                  </td>
                  <td className="aktion-compare-cell">
                    <ModuleCell module={row.before} row={row} areas={areas} />
                  </td>
                  <td className="aktion-compare-cell">
                    <ModuleCell module={row.after} row={row} areas={areas} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Page>
  );
}

/** The change in words: "Ændret: varighed, titel", "Flyttet fra "Spor 2"", "Tilføjet" … */
export function ChangeLabel({ row }: { row: CompareRow }) {
  const { t } = useTranslation();
  const moved =
    row.movedFrom !== null ? t('programmeCompare.labels.movedToo', { track: row.movedFrom }) : null;
  if (row.change === 'changed') {
    const fields = row.fields.map((f) => t(`programmeCompare.fields.${f}`)).join(', ');
    return (
      <strong>
        {t('programmeCompare.labels.changed', { fields })}
        {moved && `; ${moved}`}
      </strong>
    );
  }
  if (row.change === 'moved')
    return <strong>{t('programmeCompare.labels.moved', { track: row.movedFrom ?? '' })}</strong>;
  if (row.change === 'unchanged') return <>{t('programmeCompare.labels.unchanged')}</>;
  return <strong>{t(`programmeCompare.labels.${row.change}`)}</strong>;
}

/** One side of a row: the module's title, kind and duration, and the fields that changed. */
function ModuleCell({
  module: m,
  row,
  areas,
}: {
  module: ModuleRes | null;
  row: CompareRow;
  areas: FocusAreaRes[];
}) {
  const { t } = useTranslation();
  if (!m) return <span className="aktion-muted">{t('programmeCompare.notThere')}</span>;
  const shows = (f: CompareRow['fields'][number]) => row.fields.includes(f);
  return (
    <>
      {shows('title') && (
        <p className="mt-0">
          <strong>{m.title}</strong>
        </p>
      )}
      <p className="mt-0">
        {t(`moduleKinds.${m.kind}`)} · <Duration minutes={m.durationMinutes} />
      </p>
      {shows('description') && <RichText text={m.description} />}
      {shows('objectives') && (
        <ul>
          {m.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
      {shows('focusAreaIds') && (
        <p>
          {t('programmeVersion.focusAreas')}:{' '}
          {m.focusAreaIds.map((id) => areas.find((a) => a.id === id)?.name ?? id).join(', ') ||
            t('common.none')}
        </p>
      )}
      {shows('materials') && (
        <p>
          {t('programmeVersion.materials')}: {m.materials.map((x) => x.title).join(', ') || t('common.none')}
        </p>
      )}
    </>
  );
}
