import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  InstrumentDimensionRes,
  InstrumentItemRes,
  InstrumentVersionRes,
  OwnItemInput,
} from '../../../../core/schemas/assessment-instruments.js';
import { InstrumentLimits } from '../../../../core/schemas/assessment-instruments.js';
import { ApiError } from '../../api/client.js';
import { deleteInstrumentDraft, publishInstrumentDraft, saveInstrumentDraft } from '../../api/instruments.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { Icon } from '../../components/Icon.js';
import { messageOf } from '../organisation/labels.js';
import { InstrumentItemForm } from './InstrumentItemForm.js';
import { InstrumentView } from './InstrumentView.js';
import {
  inLanguage,
  type OwnStatement,
  ownItemsOf,
  withAdded,
  withRemoved,
  withReplaced,
} from './instrumentDraft.js';

type Editing = { dimension: string; key: string | null };
type Confirm = { kind: 'remove'; key: string } | { kind: 'publish' } | { kind: 'delete' };

interface Props {
  version: InstrumentVersionRes;
  onSaved: (version: InstrumentVersionRes, notice: string) => void;
  onPublished: (version: InstrumentVersionRes) => void;
  onDeleted: () => void;
  /** The draft was published or deleted elsewhere: reload. */
  onGone: () => void;
  onError: (message: string) => void;
}

/** A draft: add, change and remove own statements per area; publish or delete it (administrators). */
export function InstrumentDraftEditor({ version, onSaved, onPublished, onDeleted, onGone, onError }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [busy, setBusy] = useState(false);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const remember = (id: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(id, el);
  };
  const focus = (id: string) => requestAnimationFrame(() => buttons.current.get(id)?.focus());
  const items = ownItemsOf(version);
  const total = items.length;
  const goneOr = (err: unknown) => {
    if (err instanceof ApiError && (err.status === 404 || err.status === 409)) onGone();
    else throw err;
  };

  /** Saves the whole list; field errors go back to the open form. */
  const save = async (next: OwnItemInput[], notice: string, focusId: string) => {
    try {
      const saved = await saveInstrumentDraft(version.id, { items: next });
      setEditing(null);
      setConfirm(null);
      onSaved(saved, notice);
      focus(focusId);
    } catch (err) {
      goneOr(err);
    }
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      try {
        goneOr(err);
      } catch (other) {
        onError(messageOf(other));
      }
    } finally {
      setBusy(false);
    }
  };

  const submitFor = (d: InstrumentDimensionRes, key: string | null) => async (s: OwnStatement) => {
    const name = inLanguage(d.name, i18n.language);
    if (key) await save(withReplaced(items, key, s), t('instrument.draft.saved'), `edit-${key}`);
    else await save(withAdded(items, d.key, s), t('instrument.draft.added', { name }), `add-${d.key}`);
  };
  const close = (focusId: string) => {
    setEditing(null);
    focus(focusId);
  };

  const itemActions = (item: InstrumentItemRes, d: InstrumentDimensionRes) => {
    const text = inLanguage(item.text, i18n.language);
    const label = <span className="sr-only"> {t('instrument.draft.itemLabel', { text })}</span>;
    const isEditing = editing?.key === item.key;
    return (
      <>
        <span className="aktion-instrument-actions">
          <button
            ref={remember(`edit-${item.key}`)}
            type="button"
            className="function-link"
            aria-expanded={isEditing}
            onClick={() => {
              setConfirm(null);
              setEditing(isEditing ? null : { dimension: d.key, key: item.key });
            }}
          >
            <Icon name="edit" />
            {t('instrument.draft.edit')}
            {label}
          </button>
          <button
            type="button"
            className="function-link"
            onClick={() => {
              setEditing(null);
              setConfirm({ kind: 'remove', key: item.key });
            }}
          >
            <Icon name="delete" />
            {t('instrument.draft.remove')}
            {label}
          </button>
        </span>
        {isEditing && (
          <InstrumentItemForm
            idPrefix={`own-${item.key.replace(/\W/g, '-')}`}
            dimensionName={inLanguage(d.name, i18n.language)}
            initial={{ text: item.text, reverse: item.reverse }}
            onSubmit={submitFor(d, item.key)}
            onCancel={() => close(`edit-${item.key}`)}
          />
        )}
        {confirm?.kind === 'remove' && confirm.key === item.key && (
          <ConfirmBox
            question={t('instrument.draft.removeQuestion', { text })}
            confirmLabel={t('instrument.draft.removeConfirm')}
            busy={busy}
            onConfirm={() =>
              void run(() =>
                save(withRemoved(items, item.key), t('instrument.draft.removed'), `add-${d.key}`),
              )
            }
            onCancel={() => {
              setConfirm(null);
              focus(`edit-${item.key}`);
            }}
          />
        )}
      </>
    );
  };

  const dimensionExtra = (d: InstrumentDimensionRes) => {
    const name = inLanguage(d.name, i18n.language);
    const own = d.items.filter((i) => i.source === 'organisation').length;
    if (editing?.dimension === d.key && editing.key === null) {
      return (
        <InstrumentItemForm
          idPrefix={`own-new-${d.key}`}
          dimensionName={name}
          initial={null}
          onSubmit={submitFor(d, null)}
          onCancel={() => close(`add-${d.key}`)}
        />
      );
    }
    if (own >= InstrumentLimits.ownItemsPerDimension)
      return <p>{t('instrument.draft.full', { max: InstrumentLimits.ownItemsPerDimension })}</p>;
    if (total >= InstrumentLimits.ownItemsTotal)
      return <p>{t('instrument.draft.totalFull', { total: InstrumentLimits.ownItemsTotal })}</p>;
    return (
      <p>
        <button
          ref={remember(`add-${d.key}`)}
          type="button"
          className="button button-secondary"
          onClick={() => {
            setConfirm(null);
            setEditing({ dimension: d.key, key: null });
          }}
        >
          {t('instrument.draft.add')}
          <span className="sr-only"> {t('instrument.draft.addIn', { name })}</span>
        </button>
      </p>
    );
  };

  const v = { version: version.version };
  return (
    <section aria-labelledby="instrument-shown-heading" className="aktion-instrument-shown">
      <h2 id="instrument-shown-heading">{t('instrument.draft.heading', v)}</h2>
      <p className="aktion-instrument-lead">
        {t('instrument.draft.intro', {
          perDimension: InstrumentLimits.ownItemsPerDimension,
          total: InstrumentLimits.ownItemsTotal,
        })}{' '}
        {t('instrument.draft.count', { count: total })}
      </p>
      <div className="aktion-actions">
        <button
          ref={remember('publish')}
          type="button"
          className="button button-primary"
          onClick={() => setConfirm({ kind: 'publish' })}
        >
          {t('instrument.draft.publish', v)}
        </button>
        <button
          ref={remember('delete')}
          type="button"
          className="button button-secondary"
          onClick={() => setConfirm({ kind: 'delete' })}
        >
          {t('instrument.draft.delete')}
        </button>
      </div>
      {confirm?.kind === 'publish' && (
        <ConfirmBox
          question={t('instrument.draft.publishQuestion', v)}
          confirmLabel={t('instrument.draft.publishConfirm')}
          busy={busy}
          onConfirm={() => void run(async () => onPublished(await publishInstrumentDraft(version.id)))}
          onCancel={() => {
            setConfirm(null);
            focus('publish');
          }}
        />
      )}
      {confirm?.kind === 'delete' && (
        <ConfirmBox
          question={t('instrument.draft.deleteQuestion', v)}
          confirmLabel={t('instrument.draft.deleteConfirm')}
          busy={busy}
          onConfirm={() =>
            void run(async () => {
              await deleteInstrumentDraft(version.id);
              onDeleted();
            })
          }
          onCancel={() => {
            setConfirm(null);
            focus('delete');
          }}
        />
      )}
      <InstrumentView
        dimensions={version.dimensions}
        level={3}
        itemActions={itemActions}
        dimensionExtra={dimensionExtra}
      />
    </section>
  );
}
