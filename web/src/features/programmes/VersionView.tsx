import { useTranslation } from 'react-i18next';
import type {
  FocusAreaRes,
  MaterialRes,
  ModuleRes,
  ProgrammeVersionRes,
} from '../../../../core/schemas/programmes.js';
import { fileUrl } from '../../api/files.js';
import { totalMinutes } from './duration.js';
import { formatFileSize } from './materialFile.js';
import { Duration, FocusAreaName, RichText } from './parts.js';

/** A version read-only: tracks in order, each module with its kind, duration, text, goals, areas, materials. */
export function VersionView({
  version,
  focusAreas,
}: {
  version: ProgrammeVersionRes;
  focusAreas: FocusAreaRes[];
}) {
  const { t } = useTranslation();
  if (version.tracks.length === 0) return <p>{t('programmeVersion.noTracks')}</p>;
  return (
    <>
      {version.tracks.map((track, i) => {
        const headingId = `track-heading-${i}`;
        return (
          <section key={track.id} className="aktion-track" aria-labelledby={headingId}>
            <h2 id={headingId}>{track.title}</h2>
            {track.description && <p className="aktion-plain-text">{track.description}</p>}
            <p>
              {t('programmeVersion.trackModules', { count: track.modules.length })}{' '}
              <Duration minutes={totalMinutes(track.modules)} />
            </p>
            {track.modules.length === 0 ? (
              <p>{t('programmeVersion.noModules')}</p>
            ) : (
              <ol className="aktion-modules">
                {track.modules.map((m) => (
                  <li key={m.id}>
                    <ModuleDetails module={m} focusAreas={focusAreas} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}

export function ModuleDetails({ module: m, focusAreas }: { module: ModuleRes; focusAreas: FocusAreaRes[] }) {
  const { t } = useTranslation();
  const areas = m.focusAreaIds
    .map((id) => focusAreas.find((a) => a.id === id))
    .filter((a): a is FocusAreaRes => a !== undefined);
  return (
    <>
      <h3>{m.title}</h3>
      <p className="aktion-module-meta">
        <span>{t(`moduleKinds.${m.kind}`)}</span>
        <span>
          <span className="sr-only">{t('programmeVersion.duration')}: </span>
          <Duration minutes={m.durationMinutes} />
        </span>
      </p>
      {m.description && <RichText text={m.description} />}
      {m.objectives.length > 0 && (
        <>
          <h4 className="h5">{t('programmeVersion.objectives')}</h4>
          <ul>
            {m.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      {areas.length > 0 && (
        <>
          <h4 className="h5">{t('programmeVersion.focusAreas')}</h4>
          <ul className="aktion-focus-list">
            {areas.map((a) => (
              <li key={a.id}>
                <FocusAreaName area={a} />
              </li>
            ))}
          </ul>
        </>
      )}
      {m.materials.length > 0 && (
        <>
          <h4 className="h5">{t('programmeVersion.materials')}</h4>
          <ul>
            {m.materials.map((x) => (
              <li key={`${x.title}-${'url' in x ? x.url : x.fileId}`}>
                <MaterialLink material={x} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** A link opens its address; a file downloads, with its name and size beside the title. */
export function MaterialLink({ material: x }: { material: MaterialRes }) {
  const { t, i18n } = useTranslation();
  if ('url' in x) {
    return (
      <a href={x.url} rel="noopener noreferrer">
        {x.title}
      </a>
    );
  }
  const size = formatFileSize(x.sizeBytes, i18n.language);
  return (
    <>
      <a href={fileUrl(x.fileId)} download={x.fileName}>
        {x.title}
      </a>{' '}
      ({t('programmeVersion.fileDetails', { name: x.fileName, size })})
    </>
  );
}
