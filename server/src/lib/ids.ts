import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Random ids only: nothing a URL or anonymous record exposes is ever sequential. */
export const newId = (): string => randomUUID();

/** A secret for a link or a cookie (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a database leak does not leak working links. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
