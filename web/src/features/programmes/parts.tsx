import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FocusAreaRes, VersionStatus } from '../../../../core/schemas/programmes.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Page } from '../../components/Page.js';
import { formatDuration, spellDuration } from './duration.js';
import { parseRichText, type Span } from './richText.js';
import './programmes.css';

const BADGE = { draft: 'badge-info', published: 'badge-success', archived: 'badge-warning' } as const;

/** A version's status in words (never colour alone). */
export function VersionStatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${BADGE[status]}`}>{t(`versionStatuses.${status}`)}</span>;
}

/** "2 t 30 min" on screen, "2 timer og 30 minutter" for screen readers. */
export function Duration({ minutes }: { minutes: number }) {
  const { t, i18n } = useTranslation();
  const words = {
    hour: t('durationWords.hour'),
    hours: t('durationWords.hours'),
    minute: t('durationWords.minute'),
    minutes: t('durationWords.minutes'),
    and: t('durationWords.and'),
  };
  return (
    <>
      <span aria-hidden="true">{formatDuration(minutes, i18n.language)}</span>
      <span className="sr-only">{spellDuration(minutes, words)}</span>
    </>
  );
}

/** A focus area's colour as a small square beside its name; the name carries the meaning. */
export function Swatch({ colour }: { colour: string }) {
  return <span className="aktion-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />;
}

export function FocusAreaName({ area }: { area: FocusAreaRes }) {
  const { t } = useTranslation();
  return (
    <span className="aktion-focus-area">
      <Swatch colour={area.colour} />
      {area.archived ? t('programmeVersion.archivedArea', { name: area.name }) : area.name}
    </span>
  );
}

function SpanText({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((s, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one line never reorder
        s.bold ? <strong key={i}>{s.text}</strong> : <Fragment key={i}>{s.text}</Fragment>,
      )}
    </>
  );
}

/** A plain-text description: paragraphs, kept line breaks, "- " bullets and **bold**; never HTML. */
export function RichText({ text }: { text: string }) {
  const blocks = parseRichText(text);
  return (
    <div className="aktion-rich-text">
      {blocks.map((b, i) =>
        b.kind === 'list' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a text never reorder
          <ul key={i}>
            {b.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <li key={j}>
                <SpanText spans={item} />
              </li>
            ))}
          </ul>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <p key={i}>
            {b.lines.map((line, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <Fragment key={j}>
                {j > 0 && <br />}
                <SpanText spans={line} />
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  );
}

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link className="back-link" to={to}>
        <Icon name="chevron-left" />
        {children}
      </Link>
    </p>
  );
}

/** What a page shows before its data is there: not found, an error, or loading. */
export function NotReady(props: {
  missing: boolean;
  error: string | null;
  title: string;
  notFoundTitle: string;
  notFound: string;
}) {
  const { t } = useTranslation();
  if (props.missing) {
    return (
      <Page title={props.notFoundTitle}>
        <p>{props.notFound}</p>
        <BackLink to="/programmer">{t('programmes.back')}</BackLink>
      </Page>
    );
  }
  return (
    <Page title={props.title}>
      {props.error ? (
        <Alert variant="error">
          <p>{props.error}</p>
        </Alert>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </Page>
  );
}

export const programmePath = (id: string) => `/programmer/${encodeURIComponent(id)}`;
export const versionPath = (id: string) => `/programmer/versioner/${encodeURIComponent(id)}`;
export const comparePath = (fromId: string, toId: string) =>
  `${versionPath(fromId)}/sammenlign/${encodeURIComponent(toId)}`;

const SLOT = '\u0001';

/**
 * A button text that names its thing for screen readers only: "Flyt 'Kick-off' op" is read out,
 * "Flyt op" is shown. `text` is the translation with the title put in as `title`.
 */
export function NamedLabel({ text, title }: { text: (title: string) => string; title: string }) {
  const full = text(SLOT);
  const match = new RegExp(`['"]?${SLOT}['"]?`).exec(full);
  if (!match) return <>{text(title)}</>;
  const before = full.slice(0, match.index).trim();
  const after = full.slice(match.index + match[0].length).trim();
  // One span: a button may lay its children out as flex items, which would drop the spaces.
  return (
    <span>
      {before}
      <span className="sr-only"> {match[0].replace(SLOT, title)}</span>
      {after && ` ${after}`}
    </span>
  );
}
