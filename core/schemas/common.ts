import { z } from 'zod';
import { Limits } from '../limits.js';

export const IdSchema = z.uuid();
export const IdParamsSchema = z.strictObject({ id: IdSchema });
export type IdParams = z.infer<typeof IdParamsSchema>;

export const EmailSchema = z
  .string()
  .trim()
  .max(Limits.emailMax)
  .pipe(z.email())
  .transform((e) => e.toLowerCase());
export const NameSchema = z.string().trim().min(1).max(Limits.nameMax);
export const LocaleSchema = z.enum(['da', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;
export const TokenSchema = z.string().min(20).max(Limits.tokenMax);
export const TimestampSchema = z.string();
