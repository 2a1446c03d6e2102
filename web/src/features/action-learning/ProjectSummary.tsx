import { useTranslation } from 'react-i18next';
import type { ActionProjectRes } from '../../../../core/schemas/action-projects.js';
import { TEXT_FIELDS } from './projectForm.js';

interface Props {
  project: ActionProjectRes;
  areaNames: ReadonlyMap<string, string>;
  /** Whose project, when it is someone else's. */
  ownerName?: string;
  /** Shows only the title and facts until opened (a list of several projects). */
  collapsed?: boolean;
}

/** A project to read: its title, status, focus areas, who may read it, and the texts written. */
export function ProjectSummary({ project, areaNames, ownerName, collapsed = false }: Props) {
  const { t } = useTranslation();
  const facts = [
    ownerName ? t('actionLearning.project.by', { name: ownerName }) : null,
    t(`actionLearning.project.statuses.${project.status}`),
    project.focusAreaIds.map((id) => areaNames.get(id) ?? '').join(', ') || null,
    ownerName ? null : t(`actionLearning.project.shares.${project.share}`),
  ].filter((f): f is string => Boolean(f));
  const texts = (
    <dl>
      {TEXT_FIELDS.filter((f) => project[f]).map((f) => (
        <div key={f}>
          <dt>{t(`actionLearning.project.${f}`)}</dt>
          <dd className="aktion-prewrap">{project[f]}</dd>
        </div>
      ))}
    </dl>
  );
  if (collapsed)
    return (
      <details className="aktion-entry">
        <summary>
          <strong>{project.title}</strong> <span className="form-hint">{facts.join(' · ')}</span>
        </summary>
        {texts}
      </details>
    );
  return (
    <div className="aktion-entry">
      <p className="h5 mb-0">{project.title}</p>
      <p className="form-hint mt-0">{facts.join(' · ')}</p>
      {texts}
    </div>
  );
}
