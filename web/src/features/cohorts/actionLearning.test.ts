import { describe, expect, it } from 'vitest';
import type { ActionLearningParticipantRes } from '../../../../core/schemas/action-learning-overview.js';
import { arrangeParticipants, isActionLearningOrder } from './actionLearning.js';

const row = (name: string, silentDays: number, quiet: boolean): ActionLearningParticipantRes => ({
  personId: name,
  name,
  set: null,
  project: null,
  journal: { lastEntryAt: null, entries: 0, sharedWithFacilitators: 0 },
  attendance: { present: 0, absent: 0, rate: null, missedTwoInARow: false },
  silentDays,
  quiet,
  quietReasons: quiet ? ['journal'] : [],
});

const rows = [row('Åse', 3, false), row('Bo', 20, true), row('Alma', 40, true), row('Carl', 9, false)];
const names = (list: ActionLearningParticipantRes[]) => list.map((r) => r.name);

describe('arrangeParticipants', () => {
  it('puts the quiet first, each group longest silent first', () => {
    expect(names(arrangeParticipants(rows, 'quiet', false))).toEqual(['Alma', 'Bo', 'Carl', 'Åse']);
  });

  it('orders by name the Danish way (Å last) and by silence', () => {
    expect(names(arrangeParticipants(rows, 'name', false))).toEqual(['Alma', 'Bo', 'Carl', 'Åse']);
    expect(names(arrangeParticipants([row('Åse', 3, false), row('Bo', 3, false)], 'name', false))).toEqual([
      'Bo',
      'Åse',
    ]);
    expect(names(arrangeParticipants(rows, 'lastEntry', false))).toEqual(['Alma', 'Bo', 'Carl', 'Åse']);
  });

  it('shows only the quiet when asked, and leaves the input alone', () => {
    const input = [...rows];
    expect(names(arrangeParticipants(input, 'name', true))).toEqual(['Alma', 'Bo']);
    expect(input).toEqual(rows);
  });
});

describe('helpers', () => {
  it('knows the orders', () => {
    expect(isActionLearningOrder('quiet')).toBe(true);
    expect(isActionLearningOrder('other')).toBe(false);
  });
});
