import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BANDS } from '../../../../core/assessment/instrument.js';
import type { SharedProfiles } from '../../../../core/schemas/assessment.js';
import { ApiError } from '../../api/client.js';
import { getSharedProfiles } from '../../api/rounds.js';
import { Alert } from '../../components/Alert.js';
import { formatDate } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';
import './assessment-leader.css';

/**
 * "Profiler delt med dig": the profiles leaders of the round chose to share with the facilitators
 * of their cohort, each as a compact table of the level (band) of each dimension. Never a score:
 * exact scores beside the released group means could give away the score of a leader who did not
 * share (the server sends bands only). Shown to facilitators; the server lists only the profiles
 * shared with them (none: an empty list), and on 403/404 nothing.
 */
export function SharedProfilesSection({ roundId }: { roundId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [data, setData] = useState<SharedProfiles | null>(null);
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    getSharedProfiles(roundId)
      .then((d) => !cancelled && setData(d))
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 403 || err.status === 404)) setHidden(true);
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [roundId]);

  if (hidden) return null;
  const bandOf = (key: string | null) => BANDS.find((b) => b.key === key);

  return (
    <section aria-labelledby="shared-profiles-heading" className="mt-8">
      <h2 id="shared-profiles-heading">{t('rounds.sharedHeading')}</h2>
      <p>{t('rounds.sharedIntro')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!data && !error && <p>{t('common.loading')}</p>}
      {data?.profiles.length === 0 && <p>{t('rounds.sharedNone')}</p>}
      {data?.profiles.map((p) => (
        <div key={p.person.id} className="aktion-shared-profile">
          <h3>{p.person.name}</h3>
          <p className="form-hint">{t('rounds.sharedAt', { date: formatDate(p.sharedAt, i18n.language) })}</p>
          <div className="aktion-table-wrapper">
            <table className="table table--compact table--zebra">
              <caption className="sr-only">{t('rounds.sharedCaption', { name: p.person.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rounds.dimension')}</th>
                  <th scope="col">{t('rounds.band')}</th>
                </tr>
              </thead>
              <tbody>
                {p.dimensions.map((d) => {
                  const band = bandOf(d.band);
                  return (
                    <tr key={d.key}>
                      <th scope="row">{d.name[lang]}</th>
                      <td>
                        {band ? (
                          <>
                            {band.name[lang]}
                            <span className="aktion-band-description">{band.description[lang]}</span>
                          </>
                        ) : (
                          t('rounds.noScoreHint')
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
