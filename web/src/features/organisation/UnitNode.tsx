import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import { Icon } from '../../components/Icon.js';
import { UnitEditPanel } from './UnitEditPanel.js';
import { childrenOf, type UnitTree } from './unitTree.js';

export interface UnitTreeState {
  tree: UnitTree;
  /** The current search, or null when nothing is searched for. */
  search: { matches: ReadonlySet<string>; ancestors: ReadonlySet<string> } | null;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  canSeePeople: boolean;
  canEdit: boolean;
  onSaved: (unit: UnitRes, message: string) => void;
}

/** The units to show below a unit: all of them, or during a search only matches and their ancestors. */
export function visibleChildren(
  state: UnitTreeState,
  id: string | null,
  showAll: boolean,
): readonly UnitRes[] {
  const all = childrenOf(state.tree, id);
  const { search } = state;
  if (!search || showAll) return all;
  return all.filter((u) => search.matches.has(u.id) || search.ancestors.has(u.id));
}

interface UnitNodeProps {
  unit: UnitRes;
  state: UnitTreeState;
  /** Under a search match every unit is shown. */
  showAll: boolean;
}

/** One unit in the tree (WAI disclosure pattern): the toggle, facts, links, and its own sub-list. */
export function UnitNode({ unit, state, showAll }: UnitNodeProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const isMatch = state.search?.matches.has(unit.id) ?? false;
  const kids = visibleChildren(state, unit.id, showAll || isMatch);
  const open = kids.length > 0 && state.expanded.has(unit.id);
  const listId = `unit-children-${unit.id}`;
  const editorId = `unit-editor-${unit.id}`;
  const forName = <span className="sr-only"> – {unit.name}</span>;
  const name = isMatch ? <mark>{unit.name}</mark> : unit.name;

  return (
    <li className="aktion-tree-item">
      <div className="aktion-tree-row">
        {kids.length > 0 ? (
          <button
            type="button"
            className="aktion-tree-toggle"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            onClick={() => state.onToggle(unit.id)}
          >
            <Icon name={open ? 'chevron-down' : 'chevron-right'} />
            <span className="aktion-tree-name">{name}</span>
            <span className="sr-only">, {t('units.subunits', { count: kids.length })}</span>
          </button>
        ) : (
          <span className="aktion-tree-leaf">
            <span className="aktion-tree-name">{name}</span>
          </span>
        )}
        {unit.endedAt && <span className="badge badge-warning">{t('units.ended')}</span>}
      </div>
      <div className="aktion-tree-details">
        <span className="aktion-tree-facts">
          {[
            t(`unitKinds.${unit.kind}`),
            unit.manager ? t('units.manager', { name: unit.manager.name }) : t('units.noManager'),
            t('units.people', { count: unit.peopleCount }),
          ].join(' · ')}
        </span>
        <span className="aktion-tree-links">
          {state.canSeePeople && (
            <Link
              className="function-link"
              to={`/organisation/personer?unitId=${encodeURIComponent(unit.id)}`}
            >
              {t('units.showPeople')}
              {forName}
            </Link>
          )}
          {state.canEdit && (
            <button
              ref={editButton}
              type="button"
              className="function-link"
              aria-expanded={editing}
              aria-controls={editing ? editorId : undefined}
              onClick={() => setEditing((v) => !v)}
            >
              <Icon name="edit" />
              {t('units.edit')}
              {forName}
            </button>
          )}
        </span>
      </div>
      {editing && (
        <div id={editorId}>
          <UnitEditPanel
            unit={unit}
            tree={state.tree}
            onSaved={(saved, message) => {
              setEditing(false);
              state.onSaved(saved, message);
              editButton.current?.focus();
            }}
            onCancel={() => {
              setEditing(false);
              editButton.current?.focus();
            }}
          />
        </div>
      )}
      {open && (
        <ul id={listId} className="aktion-tree-list nobullet-list">
          {kids.map((k) => (
            <UnitNode key={k.id} unit={k} state={state} showAll={showAll || isMatch} />
          ))}
        </ul>
      )}
    </li>
  );
}
