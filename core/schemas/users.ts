import { z } from 'zod';
import { RoleSchema, RolesSchema } from '../roles.js';
import { EmailSchema, IdSchema, NameSchema, TimestampSchema } from './common.js';

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  active: z.boolean(),
  createdAt: TimestampSchema,
  /** Two-step verification is on for the account (an administrator can reset it). */
  secondFactor: z.boolean(),
});
export type UserRes = z.infer<typeof UserSchema>;
export const UserListSchema = z.object({ items: z.array(UserSchema) });

export const UpdateRolesSchema = z.strictObject({ roles: RolesSchema });
export type UpdateRolesReq = z.infer<typeof UpdateRolesSchema>;

export const InviteSchema = z.strictObject({ email: EmailSchema, name: NameSchema, roles: RolesSchema });
export type InviteReq = z.infer<typeof InviteSchema>;

export const InvitationSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
});
export type InvitationRes = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });
