import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportBatchRes } from '../../../../core/schemas/imports.js';
import { Alert } from '../../components/Alert.js';
import { ImportSummary } from './ImportSummary.js';

interface ImportDoneProps {
  batch: ImportBatchRes;
  onAnother: () => void;
}

/** After the confirm: the success message (it takes focus), what was done, and where to look. */
export function ImportDone({ batch, onAnother }: ImportDoneProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} id="import-done">
      <Alert variant="success" live heading={t('imports.doneHeading')}>
        <ImportSummary kind={batch.kind} counts={batch.counts} tense="did" />
        <ul className="nobullet-list">
          {batch.kind !== 'units' && (
            <li>
              <Link to="/organisation/personer">{t('imports.seePeople')}</Link>
            </li>
          )}
          {batch.kind !== 'people' && (
            <li>
              <Link to="/organisation">{t('imports.seeUnits')}</Link>
            </li>
          )}
        </ul>
      </Alert>
      <button type="button" className="button button-secondary mt-4" onClick={onAnother}>
        {t('imports.another')}
      </button>
    </div>
  );
}
