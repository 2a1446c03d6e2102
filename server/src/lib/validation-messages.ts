import type { FastifySchemaValidationError } from 'fastify';
import { MESSAGES, type MessageKey, type MessageParams } from './messages.js';

/** A schema's own message name (`'scopes_openid'`) becomes `field.scopes_openid` when that text exists. */
function namedFieldMessage(name: string | undefined): MessageKey | null {
  if (!name) return null;
  const key = `field.${name}`;
  return key in MESSAGES.da ? (key as MessageKey) : null;
}

export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

/**
 * Turns zod issues (as fastify-type-provider-zod reports them) into one message key per field,
 * so the error handler can answer in the user's language instead of zod's English.
 */
export function describeValidation(errors: FastifySchemaValidationError[], context: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const e of errors) {
    const base = e.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    // A problem with an array element itself belongs to the array field (`roles`); inside an
    // element the index stays, so the page can point at the right row (`tracks.1.title`).
    const path = (/^\d+$/.test(base.at(-1) ?? '') ? base.slice(0, -1) : base).join('.');
    const field = path || context;
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'unrecognized_keys':
        for (const key of (p.keys as string[] | undefined) ?? []) {
          problems.push({ field: path ? `${path}.${key}` : key, key: 'field.unknown' });
        }
        break;
      case 'invalid_type':
        problems.push(
          p.input === undefined
            ? { field, key: 'field.required' }
            : { field, key: 'field.invalid_type', params: { expected: String(p.expected) } },
        );
        break;
      case 'too_small':
      case 'too_big': {
        const named = namedFieldMessage(e.message);
        if (named) {
          problems.push({ field, key: named });
          break;
        }
        const origin =
          p.origin === 'array' || p.origin === 'set' ? 'array' : p.origin === 'string' ? 'string' : 'number';
        const small = e.keyword === 'too_small';
        if (small && origin === 'string' && p.minimum === 1) {
          problems.push({ field, key: 'field.required' });
          break;
        }
        const key = `field.${small ? 'too_small' : 'too_big'}_${origin}` as MessageKey;
        problems.push({
          field,
          key,
          params: small ? { minimum: String(p.minimum) } : { maximum: String(p.maximum) },
        });
        break;
      }
      case 'invalid_format':
        problems.push({
          field,
          key:
            p.format === 'email'
              ? 'field.email'
              : p.format === 'uuid'
                ? 'field.uuid'
                : (namedFieldMessage(e.message) ?? 'field.invalid'),
        });
        break;
      case 'invalid_value': {
        const named = namedFieldMessage(e.message);
        problems.push(
          named
            ? { field, key: named }
            : { field, key: 'field.enum', params: { values: ((p.values as unknown[]) ?? []).join(', ') } },
        );
        break;
      }
      case 'custom':
        problems.push({
          field,
          key: namedFieldMessage(e.message) ?? 'field.invalid',
        });
        break;
      default:
        problems.push({ field, key: 'field.invalid' });
    }
  }
  return problems;
}
