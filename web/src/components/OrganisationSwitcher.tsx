import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface OrganisationSwitcherProps {
  organisations: ReadonlyArray<{ id: string; name: string }>;
  activeId: string | null;
  onSwitch: (organisationId: string) => void;
}

/** Select + button (no change on select alone, so keyboard users can browse the options). */
export function OrganisationSwitcher({ organisations, activeId, onSwitch }: OrganisationSwitcherProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(activeId ?? organisations[0]?.id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (selected && selected !== activeId) onSwitch(selected);
  };
  return (
    <form className="aktion-org-switcher" onSubmit={submit}>
      <label className="form-label" htmlFor="organisation-switcher">
        {t('layout.organisation')}
      </label>
      <div className="aktion-inline">
        <select
          id="organisation-switcher"
          className="form-select"
          value={selected}
          onChange={(e) => setSelected(e.target.value)}
        >
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t('layout.switchOrganisation')}
        </button>
      </div>
    </form>
  );
}
