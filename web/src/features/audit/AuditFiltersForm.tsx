import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRes } from '../../../../core/schemas/users.js';
import type { AuditFilters } from '../../api/audit.js';
import { listUsers } from '../../api/users.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { da } from '../../i18n/da.js';

/** The kinds of things the log records, as the texts know them. */
const ENTITY_TYPES = Object.keys(da.entityTypes) as (keyof typeof da.entityTypes)[];

interface Props {
  value: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFiltersForm({ value, onApply }: Props) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<UserRes[]>([]);
  const [actorId, setActorId] = useState(value.actorId ?? '');
  const [entityType, setEntityType] = useState(value.entityType ?? '');
  const [entityId, setEntityId] = useState(value.entityId ?? '');

  useEffect(() => {
    listUsers()
      .then(setUsers)
      .catch(() => setUsers([]));
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({
      actorId: actorId || undefined,
      entityType: entityType.trim() || undefined,
      entityId: entityId.trim() || undefined,
    });
  };

  const options = [
    { value: '', label: t('common.all') },
    ...users.map((u) => ({ value: u.id, label: u.name })),
  ];
  const typeOptions = [
    { value: '', label: t('audit.allTypes') },
    ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`entityTypes.${type}`) })),
  ];

  return (
    <form onSubmit={submit} noValidate aria-labelledby="audit-filters-heading">
      <h2 id="audit-filters-heading" className="h3">
        {t('audit.filters')}
      </h2>
      <div className="aktion-inline">
        <SelectField
          id="audit-person"
          label={t('audit.person')}
          value={actorId}
          onChange={setActorId}
          options={options}
        />
        <SelectField
          id="audit-entity-type"
          label={t('audit.entityType')}
          value={entityType}
          onChange={setEntityType}
          options={typeOptions}
        />
        <TextField
          id="audit-entity-id"
          label={t('audit.entityId')}
          value={entityId}
          onChange={setEntityId}
          maxLength={100}
        />
        <button type="submit" className="button button-primary">
          {t('audit.apply')}
        </button>
      </div>
    </form>
  );
}
