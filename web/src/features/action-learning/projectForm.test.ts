import { describe, expect, it } from 'vitest';
import { formToProject, projectToForm, validateProject } from './projectForm.js';

describe('the action project form', () => {
  it('starts empty as an idea kept private, and sends trimmed texts with the version read', () => {
    const empty = projectToForm(null);
    expect(empty).toMatchObject({ title: '', status: 'idea', share: 'private', focusAreaIds: [] });
    const req = formToProject({ ...empty, title: '  Færre klik ', challenge: ' For mange systemer ' }, 3);
    expect(req).toMatchObject({ title: 'Færre klik', challenge: 'For mange systemer', version: 3 });
  });

  it('asks for a title and the challenge, and says which text is too long', () => {
    const empty = projectToForm(null);
    expect(validateProject(empty)).toEqual([
      { field: 'title', problem: 'required' },
      { field: 'challenge', problem: 'required' },
    ]);
    const long = { ...empty, title: 'Titel', challenge: 'Udfordring', involve: 'x'.repeat(4001) };
    expect(validateProject(long)).toEqual([{ field: 'involve', problem: 'tooLong' }]);
    expect(validateProject({ ...long, involve: 'To fra teamet' })).toEqual([]);
  });
});
