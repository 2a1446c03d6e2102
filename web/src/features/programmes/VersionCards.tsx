import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProgrammeLimits, type ProgrammeRes } from '../../../../core/schemas/programmes.js';
import { archiveVersion, forkVersion, getProgramme, publishVersion } from '../../api/programmes.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveErrors } from '../organisation/formErrors.js';
import { messageOf } from '../organisation/labels.js';
import { VersionStatusBadge, versionPath } from './parts.js';

type Version = ProgrammeRes['versions'][number];
type Step = { id: string; action: 'fork' | 'publish' | 'archive' } | null;

interface VersionCardsProps {
  programme: ProgrammeRes;
  canManage: boolean;
  onChanged: (programme: ProgrammeRes, message: string) => void;
  onError: (message: string) => void;
}

/** The versions, newest first, each with what may be done with it; one step (a form or a confirm) at a time. */
export function VersionCards({ programme, canManage, onChanged, onError }: VersionCardsProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(null);
  const [busy, setBusy] = useState(false);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  const close = () => {
    const back = step ? buttons.current.get(`${step.action}-${step.id}`) : null;
    setStep(null);
    back?.focus();
  };

  const run = async (v: Version, action: 'publish' | 'archive') => {
    setBusy(true);
    try {
      await (action === 'publish' ? publishVersion(v.id) : archiveVersion(v.id));
      const next = await getProgramme(programme.id);
      setStep(null);
      onChanged(
        next,
        t(action === 'publish' ? 'programmes.published' : 'programmes.archived', { number: v.number }),
      );
    } catch (err) {
      setStep(null);
      onError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ul className="aktion-cards">
      {programme.versions.map((v) => {
        const label = { number: v.number, name: v.name };
        const open = step?.id === v.id ? step.action : null;
        return (
          <li key={v.id}>
            <h3>
              <Link to={versionPath(v.id)}>{t('programmes.versionLabel', label)}</Link>
            </h3>
            <p className="aktion-card-facts">
              <VersionStatusBadge status={v.status} />
              <span>
                {t('programmes.basedOn')}:{' '}
                {v.basedOn
                  ? t('programmes.versionLabel', { number: v.basedOn.number, name: v.basedOn.name })
                  : t('programmes.basedOnNone')}
              </span>
              <span>
                {t('programmes.modules')}: {v.modules}
              </span>
            </p>
            {canManage && (
              <div className="aktion-actions">
                <button
                  ref={ref(`fork-${v.id}`)}
                  type="button"
                  className="button button-secondary"
                  aria-expanded={open === 'fork'}
                  onClick={() => setStep(open === 'fork' ? null : { id: v.id, action: 'fork' })}
                >
                  {t('programmes.fork')}
                  <span className="sr-only"> ({t('programmes.versionLabel', label)})</span>
                </button>
                {v.status === 'draft' && (
                  <button
                    ref={ref(`publish-${v.id}`)}
                    type="button"
                    className="button button-secondary"
                    onClick={() => setStep({ id: v.id, action: 'publish' })}
                  >
                    {t('programmes.publish')}
                    <span className="sr-only"> ({t('programmes.versionLabel', label)})</span>
                  </button>
                )}
                {v.status !== 'archived' && (
                  <button
                    ref={ref(`archive-${v.id}`)}
                    type="button"
                    className="button button-tertiary"
                    onClick={() => setStep({ id: v.id, action: 'archive' })}
                  >
                    {t('programmes.archive')}
                    <span className="sr-only"> ({t('programmes.versionLabel', label)})</span>
                  </button>
                )}
              </div>
            )}
            {open === 'fork' && <ForkForm version={v} onCancel={close} />}
            {(open === 'publish' || open === 'archive') && (
              <ConfirmBox
                question={t(
                  open === 'publish' ? 'programmes.publishQuestion' : 'programmes.archiveQuestion',
                  label,
                )}
                confirmLabel={t(
                  open === 'publish' ? 'programmes.publishConfirm' : 'programmes.archiveConfirm',
                )}
                onConfirm={() => void run(v, open)}
                onCancel={close}
                busy={busy}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A name for the new version; made, it opens in the editor. */
function ForkForm({ version, onCancel }: { version: Version; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors();
  const id = `fork-name-${version.id}`;
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const focused = useRef(false);
  const focusOnce = (el: HTMLInputElement | null) => {
    if (el && !focused.current) {
      focused.current = true;
      el.focus();
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return form.show([{ id, message: t('programmes.forkProblem') }]);
    setBusy(true);
    try {
      const created = await forkVersion(version.id, { name: name.trim() });
      navigate(versionPath(created.id), {
        state: {
          notice: {
            variant: 'success',
            text: t('programmes.forked', { number: created.number, name: created.name }),
          },
        },
      });
    } catch (err) {
      form.show(saveErrors(err, { name: id }, id));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="aktion-confirm">
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={id}
          label={t('programmes.forkName')}
          hint={t('programmes.forkNameHint', { number: version.number })}
          value={name}
          onChange={setName}
          error={form.errorFor(id)}
          maxLength={ProgrammeLimits.titleMax}
          autoComplete="off"
          required
          inputRef={focusOnce}
        />
        <div className="aktion-actions mt-4">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('programmes.forkSubmit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
