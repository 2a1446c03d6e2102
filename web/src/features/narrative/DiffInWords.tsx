import { useTranslation } from 'react-i18next';
import type { NarrativeDiff } from '../../../../core/schemas/narrative.js';

/** What changed between two versions, in plain sentences rather than marks in the text. */
export function DiffInWords({ diff }: { diff: NarrativeDiff }) {
  const { t } = useTranslation();
  const nothing =
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    !diff.moved &&
    !diff.titleChanged;
  const fieldName = (f: NarrativeDiff['changed'][number]['fields'][number]) =>
    t(`narrative.diff.fields.${f}`);
  return (
    <div className="aktion-narrative-diff">
      <h3>{t('narrative.diff.heading', { from: diff.from.version, to: diff.to.version })}</h3>
      {nothing ? (
        <p>{t('narrative.diff.nothing')}</p>
      ) : (
        <ul>
          {diff.titleChanged && <li>{t('narrative.diff.title')}</li>}
          {diff.added.map((h) => (
            <li key={`added-${h}`}>{t('narrative.diff.added', { headline: h })}</li>
          ))}
          {diff.removed.map((h) => (
            <li key={`removed-${h}`}>{t('narrative.diff.removed', { headline: h })}</li>
          ))}
          {diff.changed.map((c) => (
            <li key={`changed-${c.headline}`}>
              {t('narrative.diff.changed', {
                headline: c.headline,
                fields: c.fields.map(fieldName).join(', '),
              })}
            </li>
          ))}
          {diff.moved && <li>{t('narrative.diff.moved')}</li>}
        </ul>
      )}
    </div>
  );
}
