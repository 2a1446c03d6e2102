import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { FieldRow } from './FieldRow.js';
import { NewFieldForm } from './NewFieldForm.js';
import { useFields } from './useFields.js';

/** /organisation/fagomraader (admin): the professional fields. */
export function FieldsPage() {
  const { t } = useTranslation();
  const { fields, error, replace } = useFields();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  return (
    <Page title={t('fields.title')}>
      <p>{t('fields.intro')}</p>
      <Notice notice={notice} />
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {fields === null && !error && <p>{t('common.loading')}</p>}
      {fields?.length === 0 && <p>{t('fields.empty')}</p>}
      {fields && fields.length > 0 && (
        <div className="aktion-table-wrapper">
          <table className="table table--zebra">
            <caption className="sr-only">{t('fields.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">{t('fields.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <FieldRow key={f.id} field={f} onChanged={replace} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="mt-8">{t('fields.addHeading')}</h2>
      <NewFieldForm
        onAdded={(field) => {
          replace(field);
          setNotice({ variant: 'success', text: t('fields.added', { name: field.name }) });
        }}
      />
    </Page>
  );
}
