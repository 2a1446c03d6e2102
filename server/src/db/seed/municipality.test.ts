import { describe, expect, it } from 'vitest';
import { findCycle } from '../../../../core/organisation.js';
import { generateMunicipality } from './municipality.js';

describe('generateMunicipality', () => {
  const m = generateMunicipality(2026);

  it('has the size of a mid-size municipality', () => {
    expect(m.units).toHaveLength(150);
    expect(m.units.filter((u) => u.kind === 'forvaltning')).toHaveLength(6);
    expect(m.units.filter((u) => u.kind === 'stab')).toHaveLength(3);
    expect(m.persons.filter((p) => p.level !== 'medarbejder')).toHaveLength(350);
    expect(m.persons.filter((p) => p.level === 'medarbejder')).toHaveLength(6000);
  });

  it('is deterministic for a seed and different for another', () => {
    expect(generateMunicipality(2026)).toEqual(m);
    expect(generateMunicipality(7).persons[0]?.name).not.toBe(m.persons[0]?.name);
  });

  it('is a proper tree where every unit has a manager and ids and e-mails are unique', () => {
    expect(findCycle(new Map(m.units.map((u) => [u.key, u.parentKey])))).toBeNull();
    const managed = new Set(m.persons.map((p) => p.manages).filter(Boolean));
    expect(m.units.every((u) => managed.has(u.key))).toBe(true);
    expect(new Set(m.persons.map((p) => p.externalId)).size).toBe(m.persons.length);
    expect(new Set(m.persons.map((p) => p.email)).size).toBe(m.persons.length);
    expect(new Set(m.units.map((u) => u.name)).size).toBeGreaterThan(140);
  });
});
