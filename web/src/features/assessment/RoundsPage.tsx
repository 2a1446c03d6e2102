import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { RoundList } from '../../../../core/schemas/assessment.js';
import type { FieldRes, UnitRes } from '../../../../core/schemas/organisation.js';
import { listCohorts } from '../../api/cohorts.js';
import { listFields } from '../../api/fields.js';
import { listRounds } from '../../api/rounds.js';
import { listUnits } from '../../api/units.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../i18n/format.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';
import { buildTree } from '../organisation/unitTree.js';
import { instrumentPath } from './InstrumentVersions.js';
import { KSetting } from './KSetting.js';
import { NewRoundForm } from './NewRoundForm.js';
import { RoundPeriod, RoundStatusBadge, resultsPath, roundPath, useWhom } from './roundParts.js';
import '../programmes/programmes.css';

/** /maalinger: every round of the organisation, the questionnaire, the anonymity limit, and "Start en ny måling". */
export function RoundsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { roles } = useSession();
  const isAdmin = roles.includes('admin');
  // A facilitator (not an administrator) manages only their cohorts' rounds, and reads them all.
  const managesOwn = !isAdmin && roles.includes('facilitator');
  const [list, setList] = useState<RoundList | null>(null);
  const [cohorts, setCohorts] = useState<Array<{ id: string; name: string }> | null>(null);
  const [units, setUnits] = useState<UnitRes[] | null>(null);
  const [fields, setFields] = useState<FieldRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [k, setK] = useState<number | null>(null);
  const arrived = (location.state as { notice?: NoticeMessage } | null)?.notice ?? null;
  const whom = useWhom();
  const canCreate = list?.canCreate ?? false;

  useEffect(() => {
    let cancelled = false;
    listRounds()
      .then((l) => !cancelled && setList(l))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  // What the form needs: cohorts for everyone who may open a round; units and fields for administrators.
  useEffect(() => {
    if (!canCreate) return;
    let cancelled = false;
    Promise.all([
      listCohorts(),
      isAdmin ? listUnits() : Promise.resolve(null),
      isAdmin ? listFields() : Promise.resolve(null),
    ])
      .then(([c, u, f]) => {
        if (cancelled) return;
        setCohorts(c.map((x) => ({ id: x.id, name: x.name })));
        setUnits(u);
        setFields(f);
      })
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [canCreate, isAdmin]);

  const tree = useMemo(() => buildTree(units ?? []), [units]);
  const rounds = list?.rounds ?? [];

  return (
    <Page title={t('rounds.title')}>
      <p>{managesOwn ? `${t('rounds.intro')} ${t('rounds.introFacilitator')}` : t('rounds.intro')}</p>
      <p>
        <Link to={instrumentPath()}>{t('rounds.instrumentLink')}</Link>
      </p>
      <Notice notice={arrived} />
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!list && !error && <p>{t('common.loading')}</p>}
      {list && rounds.length === 0 && <p>{t('rounds.none')}</p>}
      {rounds.length > 0 && (
        <ul className="aktion-cards">
          {rounds.map((r) => (
            <li key={r.id}>
              <h2>
                <Link to={roundPath(r.id)}>{r.name}</Link>
              </h2>
              <p className="aktion-card-facts">
                <RoundStatusBadge status={r.status} />
                <span>{t(`rounds.kinds.${r.kind}`)}</span>
              </p>
              <dl className="aktion-facts">
                <div>
                  <dt>{t('rounds.whom')}</dt>
                  <dd>{whom(r)}</dd>
                </div>
                <div>
                  <dt>{t('rounds.period')}</dt>
                  <dd>
                    {r.closedAt && r.closedAt < r.closesAt ? (
                      t('rounds.closedOn', { date: formatDate(r.closedAt, i18n.language) })
                    ) : (
                      <RoundPeriod round={r} />
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('rounds.answers')}</dt>
                  <dd>{t('rounds.answeredValue', { answered: r.answered, invited: r.invited })}</dd>
                </div>
              </dl>
              {r.status === 'closed' && (
                <p className="mt-4">
                  <Link to={resultsPath(r.id)}>
                    {t('rounds.results')}
                    <span className="sr-only">: {r.name}</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {list && <KSetting editable={isAdmin} onK={setK} />}
      {canCreate && cohorts && (
        <section aria-labelledby="new-round-heading" className="mt-8">
          <h2 id="new-round-heading">{t('rounds.newHeading')}</h2>
          <p>
            {t('rounds.newIntro', { k: k ?? 5 })}
            {!isAdmin && ` ${t('rounds.newIntroFacilitator')}`}
          </p>
          <NewRoundForm
            key={i18n.language}
            cohorts={cohorts}
            leaders={isAdmin && units ? { tree, fields } : null}
            rounds={rounds}
            onCreated={(created) =>
              navigate(roundPath(created.id), {
                state: { notice: { variant: 'success', text: t('rounds.created', { name: created.name }) } },
              })
            }
          />
        </section>
      )}
    </Page>
  );
}
