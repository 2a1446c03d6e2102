import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';

export interface FieldError {
  /** The id of the field the error belongs to; the summary links to it. */
  id: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: FieldError[];
  /** Changes on every failed submit; the summary then takes focus. */
  focusSignal: number;
}

/** DKFDS error summary: shown above a form, takes focus on submit, each error links to its field. */
export function ErrorSummary({ errors, focusSignal }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (focusSignal > 0) ref.current?.focus();
  }, [focusSignal]);

  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="alert alert-error error-summary"
      role="alert"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <Icon name="error" className="alert-icon" label={t('common.error')} />
      <div className="alert-body">
        <h2 className="alert-heading" id={headingId}>
          {t('form.summaryHeading')}
        </h2>
        <ul className="alert-text nobullet-list">
          {errors.map((e) => (
            <li key={`${e.id}:${e.message}`}>
              <a
                className="function-link"
                href={`#${e.id}`}
                onClick={(event) => {
                  const field = document.getElementById(e.id);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  field.scrollIntoView({ block: 'center' });
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
