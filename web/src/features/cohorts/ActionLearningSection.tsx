import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ActionLearningOverviewRes,
  ActionLearningParticipantRes,
} from '../../../../core/schemas/action-learning-overview.js';
import { getActionLearningOverview } from '../../api/actionLearningOverview.js';
import { Alert } from '../../components/Alert.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { SelectField } from '../../components/SelectField.js';
import { formatDate } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';
import {
  ACTION_LEARNING_ORDERS,
  type ActionLearningOrder,
  arrangeParticipants,
  isActionLearningOrder,
} from './actionLearning.js';
import { percent } from './plan.js';

/** "Stille" in words (the badge is not colour alone), with the reasons beneath it. */
function QuietCell({ p }: { p: ActionLearningParticipantRes }) {
  const { t } = useTranslation();
  if (!p.quiet) return <>{t('actionLearningOverview.active')}</>;
  return (
    <>
      <span className="badge badge-warning">{t('actionLearningOverview.quiet')}</span>
      <ul className="nobullet-list">
        {p.quietReasons.map((r) => (
          <li key={r}>
            {r === 'journal'
              ? t('actionLearningOverview.quietJournal', { count: p.silentDays })
              : t('actionLearningOverview.quietAttendance')}
          </li>
        ))}
      </ul>
    </>
  );
}

function Row({ p }: { p: ActionLearningParticipantRes }) {
  const { t, i18n } = useTranslation();
  const rate = percent(p.attendance.rate);
  return (
    <tr>
      <th scope="row">{p.name}</th>
      <td>{p.set?.name ?? t('actionLearningOverview.noSet')}</td>
      <td>
        {p.project ? (
          <>
            {t(`actionLearningOverview.statuses.${p.project.status}`)}
            <br />
            <span className="form-hint">{p.project.title ?? t('actionLearningOverview.privateProject')}</span>
          </>
        ) : (
          t('actionLearningOverview.noProject')
        )}
      </td>
      <td>
        {p.journal.lastEntryAt
          ? formatDate(p.journal.lastEntryAt, i18n.language)
          : t('actionLearningOverview.noEntries')}
        <br />
        <span className="form-hint">
          {t('actionLearningOverview.entries', {
            count: p.journal.entries,
            shared: p.journal.sharedWithFacilitators,
          })}
        </span>
      </td>
      <td>
        {rate === null
          ? t('actionLearningOverview.rateNone')
          : t('cohortAttendance.rateValue', { percent: rate })}
      </td>
      <td>
        <QuietCell p={p} />
      </td>
    </tr>
  );
}

/**
 * "Aktionslæring" on the cohort page, for its facilitators: per participant the set, the
 * project's status, the last journal entry, attendance and whether they have gone quiet; quiet
 * people first by default, or only them. Never what anyone wrote.
 */
export function ActionLearningSection({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<ActionLearningOverviewRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [order, setOrder] = useState<ActionLearningOrder>('quiet');
  const [onlyQuiet, setOnlyQuiet] = useState(false);

  useEffect(() => {
    let cancelled = false;
    getActionLearningOverview(cohortId)
      .then((o) => !cancelled && setOverview(o))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [cohortId]);

  const all = overview?.participants ?? [];
  const rows = arrangeParticipants(all, order, onlyQuiet);
  const quietCount = all.filter((p) => p.quiet).length;

  return (
    <section aria-labelledby="action-learning-heading" id="aktionslaering" className="mt-8">
      <h2 id="action-learning-heading">{t('actionLearningOverview.heading')}</h2>
      <p>{t('actionLearningOverview.intro')}</p>
      {overview?.scope === 'sets' && <p>{t('actionLearningOverview.introSets')}</p>}
      <p className="form-hint">{t('actionLearningOverview.quietExplained')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!overview && !error && <p>{t('common.loading')}</p>}
      {overview && all.length === 0 && <p>{t('actionLearningOverview.none')}</p>}
      {overview && all.length > 0 && (
        <>
          <div className="aktion-split">
            <SelectField
              id="action-learning-order"
              label={t('actionLearningOverview.sortLabel')}
              value={order}
              onChange={(v) => isActionLearningOrder(v) && setOrder(v)}
              options={ACTION_LEARNING_ORDERS.map((o) => ({
                value: o,
                label: t(`actionLearningOverview.sort.${o}`),
              }))}
            />
            <CheckboxField
              id="action-learning-only-quiet"
              label={t('actionLearningOverview.onlyQuiet')}
              checked={onlyQuiet}
              onChange={setOnlyQuiet}
            />
          </div>
          <p aria-live="polite">
            {t('actionLearningOverview.shown', { shown: rows.length, total: all.length, quiet: quietCount })}
          </p>
          {rows.length === 0 ? (
            <p>{t('actionLearningOverview.noneQuiet')}</p>
          ) : (
            <div className="aktion-table-wrapper">
              <table className="table table--zebra table--compact">
                <caption className="sr-only">{t('actionLearningOverview.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('actionLearningOverview.participant')}</th>
                    <th scope="col">{t('actionLearningOverview.set')}</th>
                    <th scope="col">{t('actionLearningOverview.project')}</th>
                    <th scope="col">{t('actionLearningOverview.lastEntry')}</th>
                    <th scope="col">{t('actionLearningOverview.attendance')}</th>
                    <th scope="col">{t('actionLearningOverview.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((p) => (
                    <Row key={p.personId} p={p} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
