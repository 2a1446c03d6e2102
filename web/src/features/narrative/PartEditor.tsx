import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrativeLimits } from '../../../../core/schemas/narrative.js';
import type { FocusAreaRes } from '../../../../core/schemas/programmes.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { PlainTextEditor } from '../../components/PlainTextEditor.js';
import { TextField } from '../../components/TextField.js';
import {
  ADD_PART_ID,
  movePart,
  type NarrativeDraft,
  type PartDraft,
  partFieldId,
  removePart,
  updatePart,
} from './narrativeDraft.js';
import { PrinciplesField } from './PrinciplesField.js';

interface Props {
  part: PartDraft;
  index: number;
  count: number;
  focusAreas: FocusAreaRes[];
  errorFor: (id: string) => string | undefined;
  onDraft: Dispatch<SetStateAction<NarrativeDraft>>;
  /** Said politely by screen readers: what a move or removal did. */
  onAnnounce: (text: string) => void;
  /** Focus this element id once the page has re-rendered. */
  onFocus: (id: string) => void;
}

/** One part of the draft: its fields, and buttons to move or delete it. */
export function PartEditor({
  part,
  index,
  count,
  focusAreas,
  errorFor,
  onDraft,
  onAnnounce,
  onFocus,
}: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const number = index + 1;
  const name = part.headline.trim() || t('narrative.editor.untitled');
  const headingId = `part-${part.id}-heading`;
  const change = (c: Partial<PartDraft>) => onDraft((d) => updatePart(d, part.id, c));
  // Archived areas stay offered only where the part already has them.
  const areaOptions = focusAreas
    .filter((a) => !a.archived || part.focusAreaIds.includes(a.id))
    .map((a) => ({ value: a.id, label: a.name }));

  const move = (by: -1 | 1) => {
    const place = number + by;
    onDraft((d) => movePart(d, part.id, by));
    onAnnounce(t('narrative.editor.moved', { headline: name, place, of: count }));
    // The same button again, unless the part reached the edge: then the other one.
    const atEdge = (by === -1 && place === 1) || (by === 1 && place === count);
    const direction = atEdge ? -by : by;
    onFocus(partFieldId(part, direction === -1 ? 'up' : 'down'));
  };

  return (
    <section className="aktion-narrative-part-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('narrative.editor.partHeading', { n: number, headline: name })}</h3>
      <TextField
        id={partFieldId(part, 'headline')}
        label={t('narrative.editor.headline')}
        value={part.headline}
        onChange={(headline) => change({ headline })}
        error={errorFor(partFieldId(part, 'headline'))}
        maxLength={NarrativeLimits.headlineMax}
        autoComplete="off"
        inputClassName="input-width-xl"
        required
      />
      <PlainTextEditor
        id={partFieldId(part, 'body')}
        label={t('narrative.editor.body')}
        hint={t('narrative.editor.bodyHint')}
        value={part.body}
        onChange={(body) => change({ body })}
        textType="narrative"
        error={errorFor(partFieldId(part, 'body'))}
        maxLength={NarrativeLimits.bodyMax}
        rows={6}
        required
      />
      <PlainTextEditor
        id={partFieldId(part, 'forLeaders')}
        label={t('narrative.editor.forLeaders')}
        hint={t('narrative.editor.forLeadersHint')}
        value={part.forLeaders}
        onChange={(forLeaders) => change({ forLeaders })}
        textType="narrative"
        error={errorFor(partFieldId(part, 'forLeaders'))}
        maxLength={NarrativeLimits.forLeadersMax}
        rows={4}
      />
      <PrinciplesField
        part={part}
        number={number}
        error={errorFor(partFieldId(part, 'principles'))}
        onChange={(principles) => change({ principles })}
        onFocus={onFocus}
      />
      {areaOptions.length > 0 ? (
        <CheckboxGroup<string>
          id={partFieldId(part, 'focusAreaIds')}
          legend={t('narrative.editor.focusAreas')}
          hint={t('narrative.editor.focusAreasHint')}
          options={areaOptions}
          values={part.focusAreaIds}
          onChange={(focusAreaIds) => change({ focusAreaIds })}
          error={errorFor(partFieldId(part, 'focusAreaIds'))}
        />
      ) : (
        <p>{t('narrative.editor.noFocusAreas')}</p>
      )}
      <div className="aktion-actions">
        {index > 0 && (
          <button
            id={partFieldId(part, 'up')}
            type="button"
            className="button button-secondary"
            onClick={() => move(-1)}
          >
            {t('narrative.editor.moveUp')}
            <span className="sr-only"> {t('narrative.editor.which', { headline: name })}</span>
          </button>
        )}
        {index < count - 1 && (
          <button
            id={partFieldId(part, 'down')}
            type="button"
            className="button button-secondary"
            onClick={() => move(1)}
          >
            {t('narrative.editor.moveDown')}
            <span className="sr-only"> {t('narrative.editor.which', { headline: name })}</span>
          </button>
        )}
        <button
          id={partFieldId(part, 'remove')}
          type="button"
          className="button button-secondary"
          onClick={() => setConfirming(true)}
        >
          {t('narrative.editor.removePart')}
          <span className="sr-only"> {t('narrative.editor.which', { headline: name })}</span>
        </button>
      </div>
      {confirming && (
        <ConfirmBox
          question={t('narrative.editor.removeQuestion', { headline: name })}
          confirmLabel={t('narrative.editor.removeConfirm')}
          onConfirm={() => {
            onDraft((d) => removePart(d, part.id));
            onAnnounce(t('narrative.editor.removed', { headline: name }));
            onFocus(ADD_PART_ID);
          }}
          onCancel={() => {
            setConfirming(false);
            onFocus(partFieldId(part, 'remove'));
          }}
        />
      )}
    </section>
  );
}
