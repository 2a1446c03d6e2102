import { useTranslation } from 'react-i18next';
import { GlossaryText } from '../../components/GlossaryText.js';
import { Icon } from '../../components/Icon.js';
import type { EventShown } from './EventFacts.js';
import { paragraphs, telHref, termsText } from './eventText.js';

/** Plain text as paragraphs; line breaks inside a paragraph are kept (by CSS), never HTML. */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a text have no other identity
        <p key={i} className="aktion-plain-text">
          {p}
        </p>
      ))}
    </>
  );
}

export function ContactList({ contacts }: { contacts: EventShown['contacts'] }) {
  const { t } = useTranslation();
  return (
    <ul className="nobullet-list aktion-contacts">
      {contacts.map((c) => (
        <li key={`${c.name}:${c.email ?? ''}:${c.phone ?? ''}`}>
          <strong>{c.name}</strong>
          {(c.title || c.unit) && (
            <span className="aktion-line">{[c.title, c.unit].filter(Boolean).join(', ')}</span>
          )}
          {c.phone && (
            <span className="aktion-line">
              <Icon name="smartphone" className="aktion-inline-icon" />
              <span className="sr-only">{t('events.phone')}: </span>
              <a href={telHref(c.phone)}>{c.phone}</a>
            </span>
          )}
          {c.email && (
            <span className="aktion-line">
              <Icon name="email" className="aktion-inline-icon" />
              <span className="sr-only">{t('events.email')}: </span>
              <a href={`mailto:${c.email}`} className="aktion-break">
                {c.email}
              </a>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The description, who it is for, the terms and whom to ask: each under its own heading. The
 * description has the reader's glossary terms underlined when the event is of their organisation.
 */
export function EventAbout({ event, glossary = true }: { event: EventShown; glossary?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {event.description.trim() && (
        <section aria-labelledby="event-about-heading" className="mt-7">
          <h2 id="event-about-heading">{t('events.aboutHeading')}</h2>
          <GlossaryText text={event.description} underline={glossary} />
        </section>
      )}
      {event.targetAudience.trim() && (
        <section aria-labelledby="event-audience-heading" className="mt-7">
          <h2 id="event-audience-heading">{t('events.audienceHeading')}</h2>
          <PlainText text={event.targetAudience} />
        </section>
      )}
      <section aria-labelledby="event-terms-heading" className="mt-7">
        <h2 id="event-terms-heading">{t('events.termsHeading')}</h2>
        <p>{termsText(event.terms, t, i18n.language)}</p>
      </section>
      {event.contacts.length > 0 && (
        <section aria-labelledby="event-contacts-heading" className="mt-7">
          <h2 id="event-contacts-heading">{t('events.contactsHeading')}</h2>
          <ContactList contacts={event.contacts} />
        </section>
      )}
    </>
  );
}
