import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_FIELDS } from '../../../../core/organisation.js';
import type { Db } from '../../db/dialect.js';
import type { Session } from '../../test/test-app.js';
import { send } from '../../test/test-app.js';

const DOCS = new URL('../../../../docs/import/', import.meta.url);
export const docFile = (name: string): Buffer => readFileSync(new URL(name, DOCS));

/** UTF-8 with BOM and CRLF, as Excel saves "CSV UTF-8". */
export const csv = (...lines: string[]): Buffer => Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
export const UNITS_HEADER = 'Enheds-id;Navn;Type;Overordnet enheds-id;Leders medarbejder-id';
export const PEOPLE_HEADER = 'Medarbejder-id;Navn;E-mail;Stilling;Enheds-id;Ledelsesniveau;Fagområde';

export function upload(
  app: FastifyInstance,
  session: Session | null,
  kind: string,
  body: Buffer | string,
  options: {
    fileName?: string;
    mapping?: Record<string, string | null>;
    mappingId?: string;
    contentType?: string;
    /** Sent as `fullExtract=true|false`; left out: the server's default (true). */
    fullExtract?: boolean;
    /** More query parameters, as they are sent. */
    query?: Record<string, string>;
  } = {},
) {
  const query = new URLSearchParams({ kind, fileName: options.fileName ?? `${kind}.csv` });
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  if (options.mappingId) query.set('mappingId', options.mappingId);
  if (options.fullExtract !== undefined) query.set('fullExtract', String(options.fullExtract));
  for (const [key, value] of Object.entries(options.query ?? {})) query.set(key, value);
  const contentType = options.contentType ?? (kind === 'os2mo' ? 'application/json' : 'text/csv');
  return send(app, session, {
    method: 'POST',
    url: `/api/imports?${query}`,
    payload: body,
    headers: { 'content-type': contentType },
  });
}

export const confirm = (app: FastifyInstance, session: Session | null, id: string) =>
  send(app, session, { method: 'POST', url: `/api/imports/${id}/confirm` });

/** Uploads and confirms; fails the test when either step does not succeed. */
export async function importFile(app: FastifyInstance, session: Session, kind: string, body: Buffer) {
  const preview = await upload(app, session, kind, body);
  if (preview.statusCode !== 201) throw new Error(`preview ${preview.statusCode}: ${preview.body}`);
  const applied = await confirm(app, session, preview.json().id);
  if (applied.statusCode !== 200) throw new Error(`confirm ${applied.statusCode}: ${applied.body}`);
  return applied.json();
}

/** The organisation's professional fields, as a new organisation gets them. */
export async function seedFields(db: Db, organisationId: string) {
  await db.kysely
    .insertInto('professional_fields')
    .values(
      DEFAULT_FIELDS.map((f, i) => ({
        id: crypto.randomUUID(),
        organisation_id: organisationId,
        key: f.key,
        name: f.name,
        sort_order: i,
        archived_at: null,
        created_at: new Date().toISOString(),
      })),
    )
    .execute();
}

export const unitsOf = (db: Db, organisationId: string) =>
  db.kysely
    .selectFrom('units')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('external_id')
    .execute();
export const personsOf = (db: Db, organisationId: string) =>
  db.kysely
    .selectFrom('persons')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('external_id')
    .execute();
export const auditOf = (db: Db, organisationId: string, action: string) =>
  db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('action', '=', action)
    .execute();
