import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BREAKDOWNS, type Breakdown } from '../../../../core/assessment/cells.js';
import type { RoundFilter } from '../../../../core/schemas/assessment.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { SelectField } from '../../components/SelectField.js';
import type { HeatmapView } from './HeatmapTable.js';

/** The choices the results page asks the server for ('' for no filter, no comparison). */
export interface HeatmapChoice {
  breakdown: Breakdown;
  filter: string;
  compare: string;
}

/**
 * Breakdown, filter and comparison, applied with "Vis resultaterne" (one request, not one per
 * arrow key in a select); score or shares applies at once, since it only changes what is shown.
 */
export function HeatmapControls(props: {
  choice: HeatmapChoice;
  filters: readonly RoundFilter[];
  compareRounds: ReadonlyArray<{ id: string; name: string }>;
  view: HeatmapView;
  onApply: (choice: HeatmapChoice) => void;
  onView: (view: HeatmapView) => void;
}) {
  const { choice, filters, compareRounds, view, onApply, onView } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<HeatmapChoice>(choice);
  useEffect(() => setDraft(choice), [choice]);
  const set = (patch: Partial<HeatmapChoice>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };

  // A filter named in the address but not (or no longer) offered stays selectable, so it shows.
  const filterOptions = [
    { value: '', label: t('rounds.filterAll') },
    ...filters.map((f) => ({ value: f.key, label: f.label })),
    ...(draft.filter && !filters.some((f) => f.key === draft.filter)
      ? [{ value: draft.filter, label: draft.filter }]
      : []),
  ];

  return (
    <section aria-labelledby="heatmap-controls-heading" className="aktion-heat-controls">
      <h2 id="heatmap-controls-heading" className="h3">
        {t('rounds.controlsHeading')}
      </h2>
      <form onSubmit={submit} noValidate>
        <div className="aktion-inline">
          <SelectField
            id="heatmap-breakdown"
            label={t('rounds.breakdown')}
            value={draft.breakdown}
            onChange={(breakdown) => set({ breakdown: breakdown as Breakdown })}
            options={BREAKDOWNS.map((b) => ({ value: b, label: t(`rounds.breakdowns.${b}`) }))}
          />
          <SelectField
            id="heatmap-filter"
            label={t('rounds.filter')}
            value={draft.filter}
            onChange={(filter) => set({ filter })}
            options={filterOptions}
          />
          <SelectField
            id="heatmap-compare"
            label={t('rounds.compare')}
            value={draft.compare}
            onChange={(compare) => set({ compare })}
            options={[
              { value: '', label: t('rounds.compareNoneOption') },
              ...compareRounds.map((r) => ({ value: r.id, label: r.name })),
            ]}
          />
          <button type="submit" className="button button-primary">
            {t('rounds.show')}
          </button>
        </div>
      </form>
      <RadioGroup
        id="heatmap-view"
        legend={t('rounds.view')}
        options={[
          { value: 'score', label: t('rounds.viewScore') },
          { value: 'shares', label: t('rounds.viewShares') },
        ]}
        value={view}
        onChange={onView}
      />
    </section>
  );
}
