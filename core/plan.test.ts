import { describe, expect, it } from 'vitest';
import { overlappingActivities } from './plan.js';

const at = (id: string, moduleId: string, from: string, to: string) => ({
  id,
  moduleId,
  startsAt: `2027-02-01T${from}:00.000Z`,
  endsAt: `2027-02-01T${to}:00.000Z`,
});

describe('overlappingActivities', () => {
  it('finds activities of different modules that overlap, in any order', () => {
    const found = overlappingActivities([
      at('late', 'm2', '10:00', '12:00'),
      at('early', 'm1', '09:00', '11:00'),
      at('apart', 'm3', '13:00', '14:00'),
    ]);
    expect([...found].sort()).toEqual(['early', 'late']);
  });

  it('lets dates of one module overlap (parallel groups) and ends touch', () => {
    expect(
      overlappingActivities([
        at('group-a', 'm1', '09:00', '11:00'),
        at('group-b', 'm1', '09:00', '11:00'),
        at('next', 'm2', '11:00', '12:00'),
      ]).size,
    ).toBe(0);
  });

  it('finds a short activity inside a long one', () => {
    const found = overlappingActivities([
      at('day', 'm1', '08:00', '16:00'),
      at('lunch-talk', 'm2', '12:00', '12:30'),
      at('after', 'm3', '16:00', '17:00'),
    ]);
    expect([...found].sort()).toEqual(['day', 'lunch-talk']);
  });
});
