import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

interface AlertProps {
  variant: AlertVariant;
  heading?: string;
  /** The heading's level; pick the one that fits the page's outline. */
  headingLevel?: 2 | 3;
  children?: ReactNode;
  /** Announce the alert when it appears (success after an action, errors). */
  live?: boolean;
  /** Never announce it (a long error list the user reaches by reading on, not an event). */
  quiet?: boolean;
}

const labelKey = {
  info: 'common.information',
  success: 'common.success',
  warning: 'common.warning',
  error: 'common.error',
} as const;

/** DKFDS alert. */
export function Alert({ variant, heading, headingLevel = 2, children, live, quiet }: AlertProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const role = quiet
    ? undefined
    : variant === 'error' || variant === 'warning'
      ? 'alert'
      : live
        ? 'status'
        : undefined;
  return (
    <div className={`alert alert-${variant}`} role={role}>
      <Icon name={variant} className="alert-icon" label={t(labelKey[variant])} />
      <div className="alert-body">
        {heading && <Heading className="alert-heading">{heading}</Heading>}
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}
