import { describe, expect, it } from 'vitest';
import {
  normaliseColour,
  ownersFromLines,
  PROGRAMME_IDS,
  programmeFieldId,
  toProgrammeBody,
  validateProgramme,
} from './programmeForm.js';

describe('the programme form', () => {
  it('takes one owner per line', () => {
    expect(ownersFromLines(' Personale og Organisation \n\nIT og Digitalisering\n')).toEqual([
      'Personale og Organisation',
      'IT og Digitalisering',
    ]);
    expect(toProgrammeBody({ title: ' Digital ledelse ', purpose: '', owners: '' })).toEqual({
      title: 'Digital ledelse',
      purpose: '',
      owners: [],
    });
  });

  it('asks for a title, a first version name, and at most ten owners', () => {
    const many = Array.from({ length: 11 }, (_, i) => `Ejer ${i}`).join('\n');
    expect(validateProgramme({ title: ' ', purpose: '', owners: many }, '')).toEqual([
      { id: PROGRAMME_IDS.title, problem: 'title' },
      { id: PROGRAMME_IDS.owners, problem: 'tooManyOwners' },
      { id: PROGRAMME_IDS.versionName, problem: 'versionName' },
    ]);
    expect(validateProgramme({ title: 'X', purpose: '', owners: '' })).toEqual([]);
  });

  it("maps the server's fields", () => {
    expect(programmeFieldId('owners.2')).toBe(PROGRAMME_IDS.owners);
    expect(programmeFieldId('versionName')).toBe(PROGRAMME_IDS.versionName);
    expect(programmeFieldId('something')).toBe(PROGRAMME_IDS.title);
  });

  it('reads a colour as typed', () => {
    expect(normaliseColour('#1D5A85')).toBe('#1d5a85');
    expect(normaliseColour('1d5a85')).toBe('#1d5a85');
    expect(normaliseColour('#abc')).toBe('#aabbcc');
    expect(normaliseColour('blå')).toBeNull();
  });
});
