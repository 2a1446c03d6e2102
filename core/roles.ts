import { z } from 'zod';

/** Account roles per organisation (see PRODUCT.md). */
export const ROLES = [
  'admin',
  'facilitator',
  'participant',
  'observer',
  'employee',
  'voice_moderator',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const RolesSchema = z
  .array(RoleSchema)
  .min(1)
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, { message: 'duplicate_role' });

/** Keeps only known roles, in the canonical order. */
export function normaliseRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}
