import { describe, expect, it } from 'vitest';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import { ancestorsOf, buildTree, flatten, searchUnits, subtreeOf, unitOptions } from './unitTree.js';

const unit = (id: string, name: string, parentId: string | null): UnitRes => ({
  id,
  name,
  parentId,
  externalId: null,
  kind: 'afdeling',
  manager: null,
  peopleCount: 0,
  endedAt: null,
});

const units = [
  unit('d', 'Direktion', null),
  unit('b', 'Børn og Unge', 'd'),
  unit('s2', 'Vestskolen', 'b'),
  unit('s1', 'Østskolen', 'b'),
  unit('k', 'Kultur', 'd'),
  unit('o', 'Forældreløs', 'mangler'),
];

describe('unit tree', () => {
  const tree = buildTree(units);

  it('puts units in tree order with depth, siblings by name, orphans at the top', () => {
    expect(flatten(tree).map(({ unit: u, depth }) => `${depth}:${u.id}`)).toEqual([
      '0:d',
      '1:b',
      '2:s2',
      '2:s1',
      '1:k',
      '0:o',
    ]);
  });

  it('finds ancestors and subtrees', () => {
    expect(ancestorsOf(tree, 's1')).toEqual(['b', 'd']);
    expect([...subtreeOf(tree, 'b')].sort()).toEqual(['b', 's1', 's2']);
  });

  it('indents options and leaves out excluded units', () => {
    const options = unitOptions(tree, subtreeOf(tree, 'b'));
    expect(options.map((o) => o.label)).toEqual(['Direktion', '\u00a0\u00a0\u00a0Kultur', 'Forældreløs']);
  });

  it('searches by name, case-insensitively, with the ancestors to expand', () => {
    const found = searchUnits(tree, 'ØSTSKOLEN');
    expect([...(found?.matches ?? [])]).toEqual(['s1']);
    expect([...(found?.ancestors ?? [])].sort()).toEqual(['b', 'd']);
    expect(searchUnits(tree, '  ')).toBeNull();
  });
});
