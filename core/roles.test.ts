import { describe, expect, it } from 'vitest';
import { normaliseRoles, RolesSchema } from './roles.js';

describe('roles', () => {
  it('keeps known roles in canonical order', () => {
    expect(normaliseRoles(['employee', 'nonsense', 'admin'])).toEqual(['admin', 'employee']);
  });
  it('requires at least one role and no duplicates', () => {
    expect(RolesSchema.safeParse([]).success).toBe(false);
    expect(RolesSchema.safeParse(['admin', 'admin']).success).toBe(false);
    expect(RolesSchema.safeParse(['observer']).success).toBe(true);
  });
});
