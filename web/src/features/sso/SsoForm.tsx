import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoConfigRes, SsoTestResultRes } from '../../../../core/schemas/sso.js';
import { ApiError } from '../../api/client.js';
import { saveSsoConfig, testSsoConnection } from '../../api/sso.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useRoleOptions } from '../users/roles.js';
import { ConnectionTestResult } from './ConnectionTestResult.js';
import { RoleMappings } from './RoleMappings.js';
import {
  fieldIdFor,
  fromConfig,
  SSO_IDS,
  type SsoFormState,
  type SsoProblem,
  toRequest,
  validate,
} from './ssoForm.js';

interface SsoFormProps {
  config: SsoConfigRes;
  organisationName: string;
  onSaved: (config: SsoConfigRes) => void;
}

export function SsoForm({ config, organisationName, onSaved }: SsoFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const roleOptions = useRoleOptions();
  // Everyone gets the employee role; leaders may get more.
  const leaderOptions = useMemo(() => roleOptions.filter((o) => o.value !== 'employee'), [roleOptions]);
  const [state, setState] = useState<SsoFormState>(() => fromConfig(config));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<SsoTestResultRes | null>(null);
  const set =
    <K extends keyof SsoFormState>(key: K) =>
    (value: SsoFormState[K]) =>
      setState((s) => ({ ...s, [key]: value }));

  const describe = (p: SsoProblem): FieldError => ({
    id: p.id,
    message:
      p.kind === 'required'
        ? t('form.required', { field: t(`sso.${p.field}`) })
        : t(p.kind === 'mappingValue' ? 'sso.mappingValueRequired' : 'sso.mappingRolesRequired', { n: p.n }),
  });

  const fromServer = (err: unknown): FieldError[] => {
    if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
      return Object.entries(err.fields).map(([field, message]) => ({
        id: fieldIdFor(field, state),
        message,
      }));
    }
    return [{ id: SSO_IDS.issuer, message: err instanceof Error ? err.message : String(err) }];
  };

  const test = async () => {
    if (!state.issuer.trim()) {
      return form.show([describe({ id: SSO_IDS.issuer, kind: 'required', field: 'issuer' })]);
    }
    form.clear();
    setTesting(true);
    setResult(null);
    try {
      setResult(await testSsoConnection(state.issuer.trim()));
    } catch (err) {
      form.show(fromServer(err));
    } finally {
      setTesting(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const problems = validate(state);
    if (problems.length) return form.show(problems.map(describe));
    setBusy(true);
    try {
      const saved = await saveSsoConfig(toRequest(state));
      form.clear();
      setState(fromConfig(saved));
      onSaved(saved);
      setNotice({ variant: 'success', text: t('sso.saved') });
    } catch (err) {
      form.show(fromServer(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Notice notice={notice} />
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <section aria-labelledby="sso-addresses-heading">
          <h2 id="sso-addresses-heading">{t('sso.addressesHeading')}</h2>
          <p>{t('sso.addressesIntro')}</p>
          <dl className="aktion-facts aktion-addresses">
            <div>
              <dt>{t('sso.redirectUri')}</dt>
              <dd>
                <code>{config.redirectUri}</code>
              </dd>
            </div>
            <div>
              <dt>{t('sso.postLogoutRedirectUri')}</dt>
              <dd>
                <code>{config.postLogoutRedirectUri}</code>
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="sso-connection-heading" className="mt-8">
          <h2 id="sso-connection-heading">{t('sso.connectionHeading')}</h2>
          <TextField
            id={SSO_IDS.issuer}
            label={t('sso.issuer')}
            hint={t('sso.issuerHint')}
            value={state.issuer}
            onChange={set('issuer')}
            error={form.errorFor(SSO_IDS.issuer)}
            autoComplete="off"
            inputClassName="input-width-xl"
            maxLength={500}
            verbatim
            required
          />
          <button
            type="button"
            className="button button-secondary mt-4"
            onClick={() => void test()}
            disabled={testing}
          >
            {t('sso.test')}
          </button>
          <ConnectionTestResult testing={testing} result={result} />
          <TextField
            id={SSO_IDS.clientId}
            label={t('sso.clientId')}
            hint={t('sso.clientIdHint')}
            value={state.clientId}
            onChange={set('clientId')}
            error={form.errorFor(SSO_IDS.clientId)}
            autoComplete="off"
            maxLength={300}
            verbatim
            required
          />
          <TextField
            id={SSO_IDS.clientSecret}
            label={t('sso.clientSecret')}
            hint={t(config.hasClientSecret ? 'sso.clientSecretKept' : 'sso.clientSecretHint')}
            type="password"
            value={state.clientSecret}
            onChange={set('clientSecret')}
            error={form.errorFor(SSO_IDS.clientSecret)}
            autoComplete="off"
            maxLength={1000}
          />
          <TextField
            id={SSO_IDS.scopes}
            label={t('sso.scopes')}
            hint={t('sso.scopesHint')}
            value={state.scopes}
            onChange={set('scopes')}
            error={form.errorFor(SSO_IDS.scopes)}
            autoComplete="off"
            maxLength={300}
            verbatim
            required
          />
        </section>

        <section aria-labelledby="sso-claims-heading" className="mt-8">
          <h2 id="sso-claims-heading">{t('sso.claimsHeading')}</h2>
          <p>{t('sso.claimsIntro')}</p>
          {(['emailClaim', 'nameClaim', 'externalIdClaim', 'groupsClaim'] as const).map((field) => (
            <TextField
              key={field}
              id={SSO_IDS[field]}
              label={t(`sso.${field}`)}
              hint={t(`sso.${field}Hint`)}
              value={state[field]}
              onChange={set(field)}
              error={form.errorFor(SSO_IDS[field])}
              autoComplete="off"
              inputClassName="input-width-m"
              maxLength={100}
              verbatim
              required={field !== 'groupsClaim'}
            />
          ))}
        </section>

        <section aria-labelledby="sso-roles-heading" className="mt-8">
          <h2 id="sso-roles-heading">{t('sso.rolesHeading')}</h2>
          <CheckboxGroup
            id={SSO_IDS.leaderRoles}
            legend={t('sso.leaderRoles')}
            hint={t('sso.leaderRolesHint')}
            options={leaderOptions}
            values={state.leaderRoles}
            onChange={set('leaderRoles')}
            error={form.errorFor(SSO_IDS.leaderRoles)}
          />
          <h3 className="mt-8">{t('sso.mappingsHeading')}</h3>
          <p>{t('sso.mappingsIntro')}</p>
          <RoleMappings rows={state.roleMappings} onChange={set('roleMappings')} errorFor={form.errorFor} />
        </section>

        <section aria-labelledby="sso-use-heading" className="mt-8">
          <h2 id="sso-use-heading">{t('sso.useHeading')}</h2>
          <CheckboxField
            id={SSO_IDS.enabled}
            label={t('sso.enabled')}
            hint={t('sso.enabledHint', { organisation: organisationName })}
            checked={state.enabled}
            onChange={set('enabled')}
          />
          <CheckboxField
            id={SSO_IDS.passwordLogin}
            label={t('sso.passwordLogin')}
            hint={t('sso.passwordLoginHint')}
            checked={state.passwordLogin}
            onChange={set('passwordLogin')}
          />
        </section>

        <button type="submit" className="button button-primary mt-8" disabled={busy}>
          {t('sso.save')}
        </button>
      </form>
    </>
  );
}
