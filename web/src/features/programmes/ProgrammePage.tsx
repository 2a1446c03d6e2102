import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ProgrammeRes } from '../../../../core/schemas/programmes.js';
import { getProgramme, updateProgramme } from '../../api/programmes.js';
import { useLoadById } from '../../api/useLoadById.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useSession } from '../auth/session.js';
import { ProgrammeFields, programmeRefusal } from './ProgrammeFields.js';
import { BackLink, comparePath, NotReady } from './parts.js';
import { type ProgrammeFormState, toProgrammeBody, validateProgramme } from './programmeForm.js';
import { VersionCards } from './VersionCards.js';

/** /programmer/:id: the programme, its versions and what can be done with them, and a comparison. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { roles } = useSession();
  const isAdmin = roles.includes('admin');
  const { value: programme, setValue: setProgramme, missing, error } = useLoadById(id, getProgramme);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // "Nyt program" comes here with a notice; it goes into the live region once that is on the page.
  const created = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const loaded = programme !== null;
  useEffect(() => {
    if (!loaded || !created.current) return;
    setNotice(created.current);
    created.current = null;
  }, [loaded]);

  if (missing || !programme)
    return (
      <NotReady
        missing={missing}
        error={error}
        title={t('programmes.title')}
        notFoundTitle={t('programmes.notFoundTitle')}
        notFound={t('programmes.notFound')}
      />
    );

  return (
    <Page title={programme.title}>
      <BackLink to="/programmer">{t('programmes.back')}</BackLink>
      <Notice notice={notice} />
      <section aria-labelledby="programme-about-heading">
        <h2 id="programme-about-heading">{t('programmes.aboutHeading')}</h2>
        <dl className="aktion-facts">
          <div>
            <dt>{t('programmes.purposeLabel')}</dt>
            <dd className="aktion-plain-text">{programme.purpose || t('programmes.noPurpose')}</dd>
          </div>
          <div>
            <dt>{t('programmes.ownersLabel')}</dt>
            <dd>{programme.owners.length ? programme.owners.join(', ') : t('programmes.noOwners')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="programme-versions-heading" className="mt-8">
        <h2 id="programme-versions-heading">{t('programmes.versionsHeading')}</h2>
        <p>{t('programmes.versionsIntro')}</p>
        <VersionCards
          programme={programme}
          canManage={isAdmin}
          onChanged={(next, message) => {
            setProgramme(next);
            setNotice({ variant: 'success', text: message });
          }}
          onError={(message) => setNotice({ variant: 'error', text: message })}
        />
      </section>

      <ComparePicker programme={programme} />

      {isAdmin && (
        <section aria-labelledby="programme-edit-heading" className="mt-8">
          <h2 id="programme-edit-heading">{t('programmes.editHeading')}</h2>
          <ProgrammeForm
            programme={programme}
            onSaved={(saved) => {
              setProgramme(saved);
              setNotice({ variant: 'success', text: t('programmes.saved') });
            }}
          />
        </section>
      )}
    </Page>
  );
}

function ProgrammeForm({
  programme,
  onSaved,
}: {
  programme: ProgrammeRes;
  onSaved: (p: ProgrammeRes) => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<ProgrammeFormState>({
    title: programme.title,
    purpose: programme.purpose,
    owners: programme.owners.join('\n'),
  });
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateProgramme(state);
    if (problems.length)
      return form.show(problems.map((p) => ({ id: p.id, message: t(`programmes.problems.${p.problem}`) })));
    setBusy(true);
    try {
      const saved = await updateProgramme(programme.id, toProgrammeBody(state));
      form.clear();
      onSaved(saved);
    } catch (err) {
      form.show(programmeRefusal(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <ProgrammeFields state={state} onChange={setState} errorFor={form.errorFor} />
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('programmes.save')}
        </button>
      </form>
    </>
  );
}

/** Two versions to compare: the older before, the newer after. */
function ComparePicker({ programme }: { programme: ProgrammeRes }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors();
  // Newest first in the lists; the newest against the version it was made from to begin with.
  const versions = [...programme.versions].sort((a, b) => b.number - a.number);
  const newest = versions[0];
  const [from, setFrom] = useState(newest?.basedOn?.id ?? versions[1]?.id ?? '');
  const [to, setTo] = useState(newest?.id ?? '');
  const options = versions.map((v) => ({
    value: v.id,
    label: t('programmes.versionLabel', { number: v.number, name: v.name }),
  }));

  return (
    <section aria-labelledby="programme-compare-heading" className="mt-8">
      <h2 id="programme-compare-heading">{t('programmes.compareHeading')}</h2>
      {versions.length < 2 ? (
        <p>{t('programmes.compareNeedsTwo')}</p>
      ) : (
        <>
          <p>{t('programmes.compareIntro')}</p>
          <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
          <form
            className="aktion-inline"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (from === to) return form.show([{ id: 'compare-to', message: t('programmes.compareSame') }]);
              navigate(comparePath(from, to));
            }}
          >
            <SelectField
              id="compare-from"
              label={t('programmes.compareFrom')}
              value={from}
              onChange={setFrom}
              options={options}
            />
            <SelectField
              id="compare-to"
              label={t('programmes.compareTo')}
              value={to}
              onChange={setTo}
              options={options}
              error={form.errorFor('compare-to')}
            />
            <button type="submit" className="button button-secondary">
              {t('programmes.compare')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
