import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventRes } from '../../../../core/schemas/events.js';
import { publishEvent } from '../../api/events.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { messageOf } from '../organisation/labels.js';
import { StatusBadge } from './AdminEventsPage.js';
import { momentText } from './eventText.js';

interface PublishBoxProps {
  event: EventRes;
  canPublish: boolean;
  onPublished: (event: EventRes) => void;
}

/** The event's status; a draft can be published (after a confirm step), a published one has a link. */
export function PublishBox({ event, canPublish, onPublished }: PublishBoxProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const path = `/arrangementer/${encodeURIComponent(event.slug)}`;

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      const published = await publishEvent(event.id);
      setConfirming(false);
      onPublished(published);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        <StatusBadge status={event.status} /> {event.status === 'draft' && t('eventAdmin.draftText')}
        {event.status === 'published' &&
          event.publishedAt &&
          t('eventAdmin.publishedText', { moment: momentText(event.publishedAt, t, i18n.language) })}
        {event.status === 'cancelled' && t('eventAdmin.cancelledText')}
      </p>
      {event.status === 'published' &&
        (event.visibility === 'public' ? (
          <p>
            {t('eventAdmin.publicLink')}{' '}
            <Link to={path} className="aktion-break">
              {`${window.location.origin}${path}`}
            </Link>
          </p>
        ) : (
          <p>{t('eventAdmin.internalText')}</p>
        ))}
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {event.status === 'draft' &&
        canPublish &&
        (confirming ? (
          <ConfirmBox
            question={t(
              event.visibility === 'public'
                ? 'eventAdmin.publishQuestionPublic'
                : 'eventAdmin.publishQuestion',
            )}
            confirmLabel={t('eventAdmin.publish')}
            onConfirm={() => void publish()}
            onCancel={() => setConfirming(false)}
            busy={busy}
          />
        ) : (
          <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
            {t('eventAdmin.publish')}
          </button>
        ))}
    </>
  );
}
