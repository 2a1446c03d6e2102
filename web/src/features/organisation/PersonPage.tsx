import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { PersonForm } from './PersonForm.js';
import { PersonLeftButton } from './PersonLeftButton.js';
import { PersonView } from './PersonView.js';
import { usePerson } from './usePerson.js';

/** /organisation/personer/:id: admin edits, facilitator reads. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { roles } = useSession();
  const { person, setPerson, missing, error } = usePerson(id);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // "Ny person" comes here with a notice that the person was created; it goes into the live region
  // once the region is on the page, so it is announced.
  const created = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const loaded = person !== null;
  useEffect(() => {
    if (!loaded || !created.current) return;
    setNotice(created.current);
    created.current = null;
  }, [loaded]);
  const back = (
    <p>
      <Link className="back-link" to="/organisation/personer">
        <Icon name="chevron-left" />
        {t('person.back')}
      </Link>
    </p>
  );

  if (missing) {
    return (
      <Page title={t('person.notFoundTitle')}>
        <p>{t('person.notFound')}</p>
        {back}
      </Page>
    );
  }
  if (!person) {
    return (
      <Page title={t('person.title')}>
        {error ? (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </Page>
    );
  }
  const isAdmin = roles.includes('admin');
  return (
    <Page title={person.name}>
      {back}
      <Notice notice={notice} />
      <h2>{t('person.detailsHeading')}</h2>
      {isAdmin ? (
        <PersonForm
          key={person.id}
          person={person}
          submitLabel={t('common.save')}
          onSaved={(saved) => {
            setPerson(saved);
            setNotice({ variant: 'success', text: t('person.saved') });
          }}
        />
      ) : (
        <PersonView person={person} />
      )}
      {isAdmin && (
        <section aria-labelledby="person-employment-heading" className="mt-8">
          <h2 id="person-employment-heading">{t('person.employmentHeading')}</h2>
          <PersonLeftButton person={person} onSaved={setPerson} onNotice={setNotice} />
        </section>
      )}
    </Page>
  );
}
