import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unitsCsvUrl } from '../../api/units.js';
import { Alert } from '../../components/Alert.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useSession } from '../auth/session.js';
import { NewUnitForm } from './NewUnitForm.js';
import { UnitNode, type UnitTreeState, visibleChildren } from './UnitNode.js';
import { ancestorsOf, childrenOf, searchUnits } from './unitTree.js';
import { useUnits } from './useUnits.js';

/** /organisation: the unit tree for admin, facilitator and observer; admin creates and edits units. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const [includeEnded, setIncludeEnded] = useState(false);
  const { units, tree, error, reload } = useUnits(includeEnded);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [showNew, setShowNew] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const search = useMemo(() => searchUnits(tree, query), [tree, query]);
  const isAdmin = roles.includes('admin');

  // At first the top units are open, so the level below them shows.
  useEffect(() => {
    if (units && expanded === null) setExpanded(new Set(childrenOf(tree, null).map((u) => u.id)));
  }, [units, tree, expanded]);

  const changeQuery = (text: string) => {
    setQuery(text);
    const found = searchUnits(tree, text);
    setExpanded(found ? new Set(found.ancestors) : new Set(childrenOf(tree, null).map((u) => u.id)));
  };

  const state: UnitTreeState = {
    tree,
    search,
    expanded: expanded ?? new Set(),
    onToggle: (id) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    canSeePeople: isAdmin || roles.includes('facilitator'),
    canEdit: isAdmin,
    onSaved: (_unit, message) => {
      setNotice({ variant: 'success', text: message });
      void reload();
    },
  };
  const top = visibleChildren(state, null, false);

  return (
    <Page title={t('units.title')}>
      <p>{t('units.intro')}</p>
      <Notice notice={notice} />
      <div className="aktion-actions aktion-page-actions">
        <a className="function-link" href={unitsCsvUrl(includeEnded)} download>
          {t('units.csv')}
        </a>
        {isAdmin && (
          <Link className="function-link" to="/organisation/import">
            {t('layout.imports')}
          </Link>
        )}
        {isAdmin && (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={showNew}
            aria-controls={showNew ? 'new-unit-section' : undefined}
            onClick={() => setShowNew((v) => !v)}
          >
            {t('units.newHeading')}
          </button>
        )}
      </div>
      {isAdmin && showNew && (
        <section id="new-unit-section" aria-labelledby="new-unit-heading" className="mt-6">
          <h2 id="new-unit-heading">{t('units.newHeading')}</h2>
          <NewUnitForm
            tree={tree}
            onCreated={(unit) => {
              if (unit.parentId) {
                const path = [unit.parentId, ...ancestorsOf(tree, unit.parentId)];
                setExpanded((prev) => new Set([...(prev ?? []), ...path]));
              }
              setNotice({ variant: 'success', text: t('units.created', { name: unit.name }) });
              void reload();
            }}
          />
        </section>
      )}
      <h2 className="mt-8">{t('units.treeHeading')}</h2>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      <div className="aktion-inline">
        <TextField
          id="unit-search"
          label={t('units.search')}
          hint={t('units.searchHint')}
          value={query}
          onChange={changeQuery}
          autoComplete="off"
          maxLength={100}
        />
      </div>
      <div className="mt-4">
        <CheckboxField
          id="units-include-ended"
          label={t('units.showEnded')}
          checked={includeEnded}
          onChange={setIncludeEnded}
        />
      </div>
      <div aria-live="polite" className="mt-4">
        {search && (
          <p>
            {search.matches.size > 0
              ? t('units.matches', { count: search.matches.size })
              : t('units.noMatches')}
          </p>
        )}
      </div>
      {units === null && !error && <p>{t('common.loading')}</p>}
      {units?.length === 0 && <p>{t('units.empty')}</p>}
      {top.length > 0 && (
        <ul className="aktion-tree nobullet-list">
          {top.map((u) => (
            <UnitNode key={u.id} unit={u} state={state} showAll={false} />
          ))}
        </ul>
      )}
    </Page>
  );
}
