import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicEventRes } from '../../../../core/schemas/events.js';
import { momentText, priceText, seatsText, whenText } from './eventText.js';

export type EventShown = Pick<
  PublicEventRes,
  | 'startsAt'
  | 'endsAt'
  | 'checkInFrom'
  | 'venueName'
  | 'address'
  | 'onlineUrl'
  | 'price'
  | 'registrationDeadline'
  | 'waitingList'
  | 'description'
  | 'targetAudience'
  | 'terms'
  | 'contacts'
>;

/** Where the event is: the venue and its address, and the online link. */
export function Place({ event }: { event: Pick<EventShown, 'venueName' | 'address' | 'onlineUrl'> }) {
  const { t } = useTranslation();
  const lines = [event.venueName, event.address].filter((l): l is string => Boolean(l));
  if (lines.length === 0 && !event.onlineUrl) return <>{t('events.placeLater')}</>;
  return (
    <>
      {lines.map((line, i) => (
        <span key={line} className="aktion-line">
          {i > 0 && <span className="sr-only">, </span>}
          {line}
        </span>
      ))}
      {event.onlineUrl && (
        <span className="aktion-line">
          {lines.length === 0 && `${t('events.online')}: `}
          <a href={event.onlineUrl} rel="noopener noreferrer">
            {t('events.onlineLink')}
          </a>
        </span>
      )}
    </>
  );
}

/** Time, place, price, seats and deadline as a list of facts. */
export function EventFacts({ event, seatsLeft }: { event: EventShown; seatsLeft: number }) {
  const { t, i18n } = useTranslation();
  const facts: Array<[string, ReactNode]> = [
    [t('events.when'), whenText(event, t, i18n.language)],
    [t('events.where'), <Place key="place" event={event} />],
    [t('events.price'), priceText(event.price, t, i18n.language)],
    [t('events.seats'), seatsText(seatsLeft, event.waitingList, t)],
    [t('events.deadline'), momentText(event.registrationDeadline, t, i18n.language)],
  ];
  return (
    <dl className="aktion-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
