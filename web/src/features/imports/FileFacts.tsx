import { useTranslation } from 'react-i18next';
import type { ImportBatchRes } from '../../../../core/schemas/imports.js';

const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'windows-1252': 'Windows-1252',
};

/** "Der er ikke gemt noget endnu. Filen personer.csv er læst som UTF-8 med semikolon mellem kolonnerne." */
export function FileFacts({ batch }: { batch: ImportBatchRes }) {
  const { t } = useTranslation();
  const { encoding, separator } = batch.file;
  const separatorName =
    separator === ';'
      ? t('imports.separators.semicolon')
      : separator === ','
        ? t('imports.separators.comma')
        : separator === '\t'
          ? t('imports.separators.tab')
          : t('imports.separators.other', { char: separator ?? '' });
  const read =
    batch.format === 'os2mo' || !encoding
      ? t('imports.fileReadJson', { fileName: batch.fileName })
      : t('imports.fileRead', {
          fileName: batch.fileName,
          encoding: ENCODINGS[encoding] ?? encoding,
          separator: separatorName,
        });
  return (
    <p>
      {t('imports.nothingSaved')} {read}
    </p>
  );
}
