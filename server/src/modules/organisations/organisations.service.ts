import { normaliseRoles, type Role } from '../../../../core/roles.js';

/** Roles are stored as a JSON array; this is the one place that reads them back. */
export function parseRoles(json: string): Role[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? normaliseRoles(value.map(String)) : [];
  } catch {
    return [];
  }
}

export const serialiseRoles = (roles: readonly Role[]): string => JSON.stringify(normaliseRoles(roles));

/** A URL-safe slug from an organisation's name ("Demo Kommune" → "demo-kommune"). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
}
