import { useTranslation } from 'react-i18next';
import { LEADER_LEVELS } from '../../../../core/organisation.js';
import type { RoundStatus, RoundSummary } from '../../../../core/schemas/assessment.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../i18n/format.js';
import { BackLink } from '../programmes/parts.js';
import './rounds.css';

export const roundsPath = '/maalinger';
export const roundPath = (id: string) => `${roundsPath}/${id}`;
export const resultsPath = (id: string) => `${roundsPath}/${id}/resultater`;

const BADGE: Record<RoundStatus, string> = {
  scheduled: 'badge-info',
  open: 'badge-success',
  closed: 'badge-warning',
};

/** A round's status in words (never colour alone). */
export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${BADGE[status]}`}>{t(`rounds.statuses.${status}`)}</span>;
}

/**
 * "Deltagerne på holdet X", "Ledere i hele organisationen", "Chefer og ledere i Y, fagområdet Z".
 * The unit's and field's names come with the round (populationNames), so everyone who sees it
 * reads whom it asks, observers too.
 */
export function useWhom() {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', { type: 'conjunction' });
  return (round: Pick<RoundSummary, 'cohort' | 'population' | 'populationNames'>): string => {
    if (round.cohort) return t('rounds.whomCohort', { name: round.cohort.name });
    const p = round.population;
    if (!p) return '';
    const names = round.populationNames;
    const unit = p.unitId ? (names?.unit ?? t('rounds.someUnit')) : t('rounds.wholeOrganisation');
    const allLevels = LEADER_LEVELS.every((l) => p.levels.includes(l));
    const levels = list.format(p.levels.map((l) => t(`rounds.levelPlural.${l}`)));
    const whom = allLevels
      ? t('rounds.whomLeaders', { unit })
      : t('rounds.whomLeadersLevels', {
          levels: levels.charAt(0).toLocaleUpperCase() + levels.slice(1),
          unit,
        });
    if (!p.fieldId) return whom;
    const field = names?.field;
    return field ? t('rounds.whomField', { whom, field }) : t('rounds.whomSomeField', { whom });
  };
}

/** "1. marts 2027 til 15. marts 2027". */
export function RoundPeriod({ round }: { round: Pick<RoundSummary, 'opensAt' | 'closesAt'> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t('rounds.periodValue', {
        opens: formatDate(round.opensAt, i18n.language),
        closes: formatDate(round.closesAt, i18n.language),
      })}
    </>
  );
}

/** A round page before its data is there: not found, an error, or loading. */
export function RoundNotReady({ missing, error }: { missing: boolean; error: string | null }) {
  const { t } = useTranslation();
  if (missing)
    return (
      <Page title={t('rounds.notFoundTitle')}>
        <p>{t('rounds.notFound')}</p>
        <BackLink to={roundsPath}>{t('rounds.back')}</BackLink>
      </Page>
    );
  return (
    <Page title={t('rounds.title')}>
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
