import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Icon } from '../../components/Icon.js';
import { Page } from '../../components/Page.js';
import { PersonForm } from './PersonForm.js';

/** /organisation/personer/ny (admin). */
export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('person.newTitle')}>
      <p>
        <Link className="back-link" to="/organisation/personer">
          <Icon name="chevron-left" />
          {t('person.back')}
        </Link>
      </p>
      <p>{t('person.newIntro')}</p>
      <PersonForm
        person={null}
        submitLabel={t('person.create')}
        onSaved={(person) =>
          navigate(`/organisation/personer/${encodeURIComponent(person.id)}`, {
            state: { notice: { variant: 'success', text: t('person.created', { name: person.name }) } },
          })
        }
      />
    </Page>
  );
}
