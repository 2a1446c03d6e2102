import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRes } from '../../../../core/schemas/users.js';
import type { AuditFilters } from '../../api/audit.js';
import { listUsers } from '../../api/users.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';

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
        <TextField
          id="audit-entity-type"
          label={t('audit.entityType')}
          hint={t('audit.entityTypeHint')}
          value={entityType}
          onChange={setEntityType}
          maxLength={60}
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
