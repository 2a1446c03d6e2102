import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import type { PublicEventRes, RegistrationCreatedRes } from '../../../../core/schemas/events.js';
import { ApiError } from '../../api/client.js';
import { register, registerAsMember } from '../../api/events.js';
import { Alert } from '../../components/Alert.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';
import { termsText } from './eventText.js';
import { PrivacyNotice } from './PrivacyNotice.js';
import {
  emptyRegistration,
  type InvoiceBy,
  REG_IDS,
  type RegistrationState,
  registrationFieldId,
  toRegistrationRequest,
  validateRegistration,
} from './registrationForm.js';

interface RegistrationFormProps {
  slug: string;
  event: PublicEventRes;
  /** The event came from the member route: register through it too (organisation-only events need it). */
  asMember?: boolean;
  onRegistered: (created: RegistrationCreatedRes, email: string) => void;
  /** After a refusal that may mean the event changed (full, closed): read it again. */
  onRefused: () => void;
}

/** The public registration form; a signed-in person gets their name and e-mail filled in. */
export function RegistrationForm({
  slug,
  event,
  asMember = false,
  onRegistered,
  onRefused,
}: RegistrationFormProps) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const form = useFormErrors();
  const [state, setState] = useState<RegistrationState>(() =>
    emptyRegistration(me?.user.name, me?.user.email),
  );
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set =
    <K extends keyof RegistrationState>(key: K) =>
    (value: RegistrationState[K]) =>
      setState((s) => ({ ...s, [key]: value }));

  // The session may answer after the form is shown: fill in what is still empty.
  const signedInName = me?.user.name;
  const signedInEmail = me?.user.email;
  useEffect(() => {
    if (!signedInName && !signedInEmail) return;
    setState((s) => ({ ...s, name: s.name || signedInName || '', email: s.email || signedInEmail || '' }));
  }, [signedInName, signedInEmail]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const problems = validateRegistration(state, event.invoiceRequired);
    if (problems.length) {
      return form.show(problems.map((p) => ({ id: p.id, message: t(`events.problems.${p.problem}`) })));
    }
    form.clear();
    setBusy(true);
    try {
      const body = toRegistrationRequest(state, event.invoiceRequired);
      const created = await (asMember ? registerAsMember : register)(slug, body);
      onRegistered(created, body.email);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        form.show(
          Object.entries(err.fields).map(
            ([field, message]): FieldError => ({
              id: registrationFieldId(field, state),
              message,
            }),
          ),
        );
      } else if (err instanceof ApiError && err.reason === 'duplicate_email') {
        form.show([{ id: REG_IDS.email, message: err.message }]);
      } else {
        setRefusal(messageOf(err));
        if (err instanceof ApiError && err.status === 409) onRefused();
      }
    } finally {
      setBusy(false);
    }
  };

  const invoiceOptions: ReadonlyArray<{ value: InvoiceBy; label: string; hint: string }> = [
    { value: 'ean', label: t('events.invoiceByEan'), hint: t('events.invoiceByEanHint') },
    { value: 'cvr', label: t('events.invoiceByCvr'), hint: t('events.invoiceByCvrHint') },
  ];

  return (
    <>
      <div aria-live="polite">
        {refusal && (
          <Alert variant="error" heading={t('events.refusedHeading')} headingLevel={3}>
            <p>{refusal}</p>
          </Alert>
        )}
      </div>
      {event.nextGoesToWaitingList && (
        <Alert variant="info" headingLevel={3}>
          <p>{t('events.waitingListNotice')}</p>
        </Alert>
      )}
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend className="h3">{t('events.you')}</legend>
          <TextField
            id={REG_IDS.name}
            label={t('events.name')}
            value={state.name}
            onChange={set('name')}
            error={form.errorFor(REG_IDS.name)}
            autoComplete="name"
            maxLength={Limits.nameMax}
            required
          />
          <TextField
            id={REG_IDS.email}
            label={t('events.emailLabel')}
            hint={t('events.emailHint')}
            type="email"
            value={state.email}
            onChange={set('email')}
            error={form.errorFor(REG_IDS.email)}
            autoComplete="email"
            maxLength={Limits.emailMax}
            verbatim
            required
          />
          <TextField
            id={REG_IDS.jobTitle}
            label={t('events.jobTitle')}
            value={state.jobTitle}
            onChange={set('jobTitle')}
            error={form.errorFor(REG_IDS.jobTitle)}
            autoComplete="organization-title"
            maxLength={200}
          />
          <TextField
            id={REG_IDS.organisation}
            label={t('events.organisation')}
            hint={t('events.organisationHint')}
            value={state.organisation}
            onChange={set('organisation')}
            error={form.errorFor(REG_IDS.organisation)}
            autoComplete="organization"
            maxLength={200}
          />
        </fieldset>

        {event.invoiceRequired && (
          <fieldset className="mt-7">
            <legend className="h3">{t('events.invoiceHeading')}</legend>
            <p>{t('events.invoiceIntro')}</p>
            <RadioGroup
              id={REG_IDS.invoiceBy}
              legend={t('events.invoiceBy')}
              options={invoiceOptions}
              value={state.invoiceBy}
              onChange={set('invoiceBy')}
            />
            {state.invoiceBy === 'ean' ? (
              <TextField
                id={REG_IDS.ean}
                label={t('events.ean')}
                hint={t('events.eanHint')}
                value={state.ean}
                onChange={set('ean')}
                error={form.errorFor(REG_IDS.ean)}
                inputMode="numeric"
                inputClassName="input-width-m"
                autoComplete="off"
                maxLength={20}
                verbatim
                required
              />
            ) : (
              <TextField
                id={REG_IDS.cvr}
                label={t('events.cvr')}
                hint={t('events.cvrHint')}
                value={state.cvr}
                onChange={set('cvr')}
                error={form.errorFor(REG_IDS.cvr)}
                inputMode="numeric"
                inputClassName="input-width-s"
                autoComplete="off"
                maxLength={12}
                verbatim
                required
              />
            )}
            <TextField
              id={REG_IDS.orderReference}
              label={t('events.orderReference')}
              hint={t('events.orderReferenceHint')}
              value={state.orderReference}
              onChange={set('orderReference')}
              error={form.errorFor(REG_IDS.orderReference)}
              autoComplete="off"
              maxLength={100}
              verbatim
            />
            <TextField
              id={REG_IDS.invoiceContact}
              label={t('events.invoiceContact')}
              hint={t('events.invoiceContactHint')}
              value={state.invoiceContact}
              onChange={set('invoiceContact')}
              error={form.errorFor(REG_IDS.invoiceContact)}
              autoComplete="off"
              maxLength={200}
            />
          </fieldset>
        )}

        <div className="mt-7">
          <TextAreaField
            id={REG_IDS.dietaryNeeds}
            label={t('events.dietaryNeeds')}
            hint={t('events.dietaryNeedsHint')}
            value={state.dietaryNeeds}
            onChange={set('dietaryNeeds')}
            error={form.errorFor(REG_IDS.dietaryNeeds)}
            maxLength={500}
            rows={3}
          />
        </div>

        <PrivacyNotice organisation={event.organisationName} />

        <div className="mt-6">
          <CheckboxField
            id={REG_IDS.acceptTerms}
            label={t('events.acceptTerms')}
            hint={termsText(event.terms, t, i18n.language)}
            checked={state.acceptTerms}
            onChange={set('acceptTerms')}
            error={form.errorFor(REG_IDS.acceptTerms)}
          />
        </div>

        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {busy
            ? t('events.sending')
            : t(event.nextGoesToWaitingList ? 'events.submitWaitingList' : 'events.submit')}
        </button>
      </form>
    </>
  );
}
