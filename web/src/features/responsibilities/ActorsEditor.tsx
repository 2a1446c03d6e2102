import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../../../core/organisation.js';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import {
  type ActorMembership,
  type MatrixActor,
  type MatrixDocument,
  MatrixLimits,
  type ResponsibilityGroupRes,
} from '../../../../core/schemas/responsibilities.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { actorFieldId, addActor, membershipOfKind, removeActor, updateActor } from './matrixEdit.js';

export const ADD_ACTOR_ID = 'matrix-add-actor';

interface Props {
  doc: MatrixDocument;
  onDoc: Dispatch<SetStateAction<MatrixDocument>>;
  units: UnitRes[];
  groups: ResponsibilityGroupRes[];
  /** Names of linked units and groups the lists above may not hold (an ended unit). */
  linkLabel: (actorKey: string) => string | null;
  errorFor: (id: string) => string | undefined;
  onFocus: (id: string) => void;
}

/** Units as options, indented under their parents. */
function unitOptions(units: UnitRes[]): Array<{ value: string; label: string }> {
  const depth = new Map<string, number>();
  return units.map((u) => {
    const d = u.parentId ? (depth.get(u.parentId) ?? 0) + 1 : 0;
    depth.set(u.id, d);
    return { value: u.id, label: `${'\u00a0\u00a0\u00a0'.repeat(d)}${u.name}` };
  });
}

/** The columns: name, and who belongs (a level, a unit and those under it, or a named group). */
export function ActorsEditor(props: Props) {
  const { t } = useTranslation();
  const { doc, onDoc, onFocus } = props;
  return (
    <section aria-labelledby="matrix-actors-heading">
      <h2 id="matrix-actors-heading">{t('responsibilities.editor.actors.heading')}</h2>
      <p>{t('responsibilities.editor.actors.intro')}</p>
      {doc.actors.map((actor) => (
        <ActorPanel key={actor.key} actor={actor} {...props} />
      ))}
      {doc.actors.length < MatrixLimits.actorsMax && (
        <button
          id={ADD_ACTOR_ID}
          type="button"
          className="button button-secondary"
          onClick={() => {
            const added = addActor(doc);
            onDoc(added.doc);
            onFocus(actorFieldId(added.key, 'name'));
          }}
        >
          {t('responsibilities.editor.actors.add')}
        </button>
      )}
    </section>
  );
}

function ActorPanel({ actor, ...props }: Props & { actor: MatrixActor }) {
  const { t } = useTranslation();
  const { onDoc, units, groups, linkLabel, errorFor, onFocus } = props;
  const [confirming, setConfirming] = useState(false);
  const name = actor.name.trim() || t('responsibilities.editor.actors.untitled');
  const m = actor.membership;
  const set = (membership: ActorMembership) => onDoc((d) => updateActor(d, actor.key, { membership }));
  const linkId = actorFieldId(actor.key, 'link');
  const choose = { value: '', label: t('responsibilities.editor.actors.choose') };
  /** The linked id stays choosable even when the list no longer has it. */
  const withCurrent = (options: Array<{ value: string; label: string }>, id: string | null) =>
    id && !options.some((o) => o.value === id)
      ? [...options, { value: id, label: linkLabel(actor.key) ?? id }]
      : options;

  return (
    <div className="aktion-matrix-panel">
      <fieldset>
        <legend>{t('responsibilities.editor.actors.legend', { name })}</legend>
        <TextField
          id={actorFieldId(actor.key, 'name')}
          label={t('responsibilities.editor.actors.name')}
          value={actor.name}
          onChange={(value) => onDoc((d) => updateActor(d, actor.key, { name: value }))}
          error={errorFor(actorFieldId(actor.key, 'name'))}
          maxLength={MatrixLimits.nameMax}
          required
        />
        <SelectField
          id={actorFieldId(actor.key, 'kind')}
          label={t('responsibilities.editor.actors.kind')}
          value={m.kind}
          options={(['level', 'unit', 'group'] as const).map((k) => ({
            value: k,
            label: t(`responsibilities.editor.actors.kinds.${k}`),
          }))}
          onChange={(kind) => set(membershipOfKind(kind as ActorMembership['kind']))}
        />
        {m.kind === 'level' && (
          <SelectField
            id={linkId}
            label={t('responsibilities.editor.actors.level')}
            value={m.level}
            options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            onChange={(level) => set({ kind: 'level', level: level as Level })}
          />
        )}
        {m.kind === 'unit' && (
          <SelectField
            id={linkId}
            label={t('responsibilities.editor.actors.unit')}
            hint={
              m.unitHint && !m.unitId
                ? `${t('responsibilities.editor.actors.unitHint')} ${t('responsibilities.editor.actors.suggestion', { hint: m.unitHint })}`
                : t('responsibilities.editor.actors.unitHint')
            }
            value={m.unitId ?? ''}
            options={[choose, ...withCurrent(unitOptions(units), m.unitId)]}
            onChange={(id) => set({ ...m, unitId: id || null })}
          />
        )}
        {m.kind === 'group' && (
          <SelectField
            id={linkId}
            label={t('responsibilities.editor.actors.group')}
            hint={t('responsibilities.editor.actors.groupHint')}
            value={m.groupId ?? ''}
            options={[
              choose,
              ...withCurrent(
                groups.map((g) => ({ value: g.id, label: g.name })),
                m.groupId,
              ),
            ]}
            onChange={(id) => set({ kind: 'group', groupId: id || null })}
          />
        )}
        {confirming ? (
          <ConfirmBox
            question={t('responsibilities.editor.actors.removeQuestion', { name })}
            confirmLabel={t('responsibilities.editor.actors.removeConfirm')}
            onConfirm={() => {
              onDoc((d) => removeActor(d, actor.key));
              onFocus(ADD_ACTOR_ID);
            }}
            onCancel={() => {
              setConfirming(false);
              onFocus(`actor-${actor.key}-remove`);
            }}
          />
        ) : (
          <button
            id={`actor-${actor.key}-remove`}
            type="button"
            className="button button-tertiary mt-4"
            onClick={() => setConfirming(true)}
          >
            {t('responsibilities.editor.actors.remove', { name })}
          </button>
        )}
      </fieldset>
    </div>
  );
}
