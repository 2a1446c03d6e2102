import { useTranslation } from 'react-i18next';
import { type CsvKind, REQUIRED_FIELDS, TEMPLATE_COLUMNS } from '../../../../core/csv/templates.js';

/** The fields a column can fill, by their template header, then "Ignorér" (value ''). */
export function useMappingOptions(kind: CsvKind): Array<{ value: string; label: string }> {
  const { t } = useTranslation();
  return [
    ...Object.entries(TEMPLATE_COLUMNS[kind]).map(([field, header]) => ({
      value: field,
      label: REQUIRED_FIELDS[kind].includes(field) ? t('imports.required', { name: header }) : header,
    })),
    { value: '', label: t('imports.ignore') },
  ];
}

/** A field's name as the template calls it ("Medarbejder-id"). */
export function headerOf(kind: CsvKind, field: string): string {
  return TEMPLATE_COLUMNS[kind][field] ?? field;
}
