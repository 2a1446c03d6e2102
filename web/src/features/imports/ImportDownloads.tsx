import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../core/schemas/imports.js';
import { Icon } from '../../components/Icon.js';
import { exampleDownload, templateDownload } from './templates.js';

/** The template and the example for the chosen kind, made in the browser (no request). */
export function ImportDownloads({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const example = exampleDownload(kind);
  const template = kind === 'os2mo' ? null : templateDownload(kind);
  const name = t(`imports.kindNames.${kind}`);
  return (
    <div className="mt-4">
      {kind !== 'os2mo' && <p>{t('imports.templateHint')}</p>}
      <ul className="nobullet-list">
        {template && (
          <li>
            <a className="function-link" href={template.href} download={template.fileName}>
              <Icon name="download" />
              {t('imports.template', { kind: name })}
            </a>
          </li>
        )}
        <li>
          <a className="function-link" href={example.href} download={example.fileName}>
            <Icon name="download" />
            {kind === 'os2mo' ? t('imports.exampleJson') : t('imports.example', { kind: name })}
          </a>
        </li>
      </ul>
    </div>
  );
}
