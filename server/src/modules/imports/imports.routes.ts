import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  IMPORT_MAX_BYTES,
  ImportBatchListSchema,
  ImportBatchSchema,
  ImportMappingListSchema,
  ImportMappingQuerySchema,
  ImportMappingSchema,
  ImportUploadQuerySchema,
  SaveImportMappingSchema,
} from '../../../../core/schemas/imports.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { ImportAbilities } from './imports.policy.js';
import * as imports from './imports.service.js';

/**
 * The upload takes the file as the raw body (text/csv, application/json for OS2mo, or
 * application/octet-stream) up to 20 MB. Its parsers live in this encapsulated plugin only, so
 * every other route keeps the 1 MB JSON limit.
 */
function uploadRoute(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    app.post(
      '/api/imports',
      {
        bodyLimit: IMPORT_MAX_BYTES,
        schema: {
          tags: ['imports'],
          summary: 'Upload a file of units or people (CSV) or OS2mo JSON: the dry run, nothing is written',
          description:
            'The body is the file itself. `kind` says what it holds; `mapping` (JSON) or `mappingId` says which column fills which field.',
          querystring: ImportUploadQuerySchema,
          response: { 201: ImportBatchSchema, ...errorResponses(400, 401, 403, 404, 413) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ImportAbilities.manage);
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const batch = await imports.previewImport(ctx, actor, request.query, body, request.locale);
        return reply.status(201).send(batch);
      },
    );
  };
}

/** Import of units and people (CSV and OS2mo JSON): dry run, then confirm. */
export function importRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(uploadRoute(ctx));

    app.get(
      '/api/imports',
      {
        schema: {
          tags: ['imports'],
          summary: 'The latest imports of the organisation',
          response: { 200: ImportBatchListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ImportAbilities.manage);
        return { items: await imports.listBatches(ctx, actor) };
      },
    );

    app.get(
      '/api/imports/:id',
      {
        schema: {
          tags: ['imports'],
          summary: 'One import and its dry run',
          params: IdParamsSchema,
          response: { 200: ImportBatchSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ImportAbilities.manage);
        return imports.getBatch(ctx, actor, request.params.id, request.locale);
      },
    );

    app.post(
      '/api/imports/:id/confirm',
      {
        schema: {
          tags: ['imports'],
          summary: 'Apply a previewed import: all of it in one transaction, or nothing',
          params: IdParamsSchema,
          response: { 200: ImportBatchSchema, ...errorResponses(400, 401, 403, 404, 409, 410) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ImportAbilities.manage);
        return imports.confirmImport(ctx, actor, request.params.id, request.locale);
      },
    );

    app.get(
      '/api/import-mappings',
      {
        schema: {
          tags: ['imports'],
          summary: 'Saved column mappings',
          querystring: ImportMappingQuerySchema,
          response: { 200: ImportMappingListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ImportAbilities.manage);
        return { items: await imports.listMappings(ctx, actor, request.query.kind) };
      },
    );

    app.post(
      '/api/import-mappings',
      {
        schema: {
          tags: ['imports'],
          summary: 'Save a column mapping by name (the same name replaces it)',
          body: SaveImportMappingSchema,
          response: { 200: ImportMappingSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ImportAbilities.manage);
        return imports.saveMapping(ctx, actor, request.body);
      },
    );
  };
}
