import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FileLimits } from '../../../../core/files.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import { FileSchema, FileUploadQuerySchema } from '../../../../core/schemas/files.js';
import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { FileAbilities } from './files.policy.js';
import * as files from './files.service.js';

const tags = ['files'];
const LIMIT_TEXT = `${FileLimits.maxBytes / (1024 * 1024)} MB`;

/** RFC 5987 value for `filename*`: what encodeURIComponent leaves, less the characters it may not hold. */
const rfc5987 = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The upload takes the file as the raw body, any Content-Type, up to 20 MB. Its parser and limit
 * live in this encapsulated plugin only, so every other route keeps the 1 MB JSON limit.
 */
function uploadRoute(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: FileLimits.maxBytes },
      (_request, body, done) => done(null, body),
    );
    // Refuse before reading up to 20 MB from someone who may not upload anyway.
    app.addHook('preParsing', async (request) => {
      authorize(requireActor(request), FileAbilities.upload);
    });
    // A file over the limit gets a message about files; everything else goes to the app's handler.
    app.setErrorHandler((error: { code?: string }) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        throw new AppError('payload_too_large', 'file.too_large', {
          reason: 'file_too_large',
          params: { limit: LIMIT_TEXT },
        });
      }
      throw error;
    });

    app.post(
      '/api/files',
      {
        bodyLimit: FileLimits.maxBytes,
        schema: {
          tags,
          summary: 'Upload a file for module materials (PDF, Word, Excel, PowerPoint, PNG, JPEG, text)',
          description:
            'The body is the file itself and Content-Type its type; `fileName` (URL-encoded) its name. ' +
            'At most 20 MB (413). A type not allowed, or contents that are not that type, answer 415.',
          querystring: FileUploadQuerySchema,
          response: { 201: FileSchema, ...errorResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, FileAbilities.upload);
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const file = await files.uploadFile(ctx, actor, {
          fileName: request.query.fileName,
          declaredType: request.headers['content-type'],
          content,
        });
        return reply.status(201).send(file);
      },
    );
  };
}

/** Uploaded files: module materials that programme readers and the cohorts' participants open. */
export function fileRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(uploadRoute(ctx));

    app.get(
      '/api/files/:id',
      {
        schema: {
          tags,
          summary: 'Download a file, as an attachment',
          description:
            'Administrators, facilitators and observers may download any file of the organisation; ' +
            'anyone else only a material of a module of a version one of their current cohorts runs. ' +
            'Any other file answers 404, as an unknown one.',
          params: IdParamsSchema,
          response: { 200: z.any().describe('the file'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, FileAbilities.read);
        const file = await files.getFile(ctx, actor, request.params.id);
        // Only checked UTF-8 text is stored as text, so the charset is known.
        const type = file.contentType.startsWith('text/')
          ? `${file.contentType}; charset=utf-8`
          : file.contentType;
        return (
          reply
            .type(type)
            .header('content-disposition', `attachment; filename*=UTF-8''${rfc5987(file.fileName)}`)
            .header('x-content-type-options', 'nosniff')
            // Private: no shared cache may keep it. No-cache: the browser asks again each time, so
            // a copy is not handed out after logout or after access is gone.
            .header('cache-control', 'private, no-cache')
            .send(file.content)
        );
      },
    );
  };
}
