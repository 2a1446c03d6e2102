import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/Page.js';
import { EventForm } from './EventForm.js';
import { BackToEvents } from './EventNotReady.js';

/** /admin/arrangementer/nyt (administrators): a new event, saved as a draft. */
export function NewEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('eventAdmin.newTitle')}>
      <BackToEvents />
      <p>{t('eventAdmin.newIntro')}</p>
      <EventForm
        event={null}
        onSaved={(event) =>
          navigate(`/admin/arrangementer/${encodeURIComponent(event.id)}`, {
            state: { notice: { variant: 'success', text: t('eventAdmin.created') } },
          })
        }
      />
    </Page>
  );
}
