import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  CreateProgrammeSchema,
  FocusAreaBodySchema,
  FocusAreaListSchema,
  FocusAreaSchema,
  FocusAreaUpdateSchema,
  ForkVersionSchema,
  ProgrammeBodySchema,
  ProgrammeListSchema,
  ProgrammeSchema,
  ProgrammeVersionSchema,
  VersionBodySchema,
  VersionDiffSchema,
  VersionPairParamsSchema,
} from '../../../../core/schemas/programmes.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as focusAreas from './focus-areas.service.js';
import { ProgrammeAbilities } from './programmes.policy.js';
import * as programmes from './programmes.service.js';
import * as versions from './versions.service.js';

const tags = ['programmes'];

export function programmeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/focus-areas',
      {
        schema: {
          tags,
          summary: "The organisation's focus areas, in order",
          response: { 200: FocusAreaListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.read);
        return { items: await focusAreas.listFocusAreas(ctx, actor) };
      },
    );

    app.post(
      '/api/focus-areas',
      {
        schema: {
          tags,
          summary: 'Add a focus area to the catalogue',
          body: FocusAreaBodySchema,
          response: { 201: FocusAreaSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.manage);
        return reply.status(201).send(await focusAreas.createFocusArea(ctx, actor, request.body));
      },
    );

    app.patch(
      '/api/focus-areas/:id',
      {
        schema: {
          tags,
          summary: 'Rename, describe, recolour or archive a focus area',
          params: IdParamsSchema,
          body: FocusAreaUpdateSchema,
          response: { 200: FocusAreaSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.manage);
        return focusAreas.updateFocusArea(ctx, actor, request.params.id, request.body);
      },
    );

    app.get(
      '/api/programmes',
      {
        schema: {
          tags,
          summary: 'Programmes with their versions, newest first',
          response: { 200: ProgrammeListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.read);
        return { items: await programmes.listProgrammes(ctx, actor) };
      },
    );

    app.post(
      '/api/programmes',
      {
        schema: {
          tags,
          summary: 'Create a programme with a first draft version, empty or from the built-in template',
          body: CreateProgrammeSchema,
          response: { 201: ProgrammeSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.manage);
        return reply.status(201).send(await programmes.createProgramme(ctx, actor, request.body));
      },
    );

    app.get(
      '/api/programmes/:id',
      {
        schema: {
          tags,
          summary: 'One programme with its versions',
          params: IdParamsSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.read);
        return programmes.getProgramme(ctx, actor, request.params.id);
      },
    );

    app.put(
      '/api/programmes/:id',
      {
        schema: {
          tags,
          summary: "Change a programme's title, purpose and owners",
          params: IdParamsSchema,
          body: ProgrammeBodySchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.manage);
        return programmes.updateProgramme(ctx, actor, request.params.id, request.body);
      },
    );

    app.get(
      '/api/programme-versions/:id',
      {
        schema: {
          tags,
          summary: 'One version with its tracks and modules',
          params: IdParamsSchema,
          response: { 200: ProgrammeVersionSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.read);
        return programmes.getVersion(ctx, actor, request.params.id);
      },
    );

    app.put(
      '/api/programme-versions/:id',
      {
        schema: {
          tags,
          summary:
            'Save a draft version whole (409 when published, archived, or saved by someone else meanwhile)',
          params: IdParamsSchema,
          body: VersionBodySchema,
          response: { 200: ProgrammeVersionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.manage);
        return versions.saveDraft(ctx, actor, request.params.id, request.body);
      },
    );

    for (const [verb, summary, run] of [
      ['publish', 'Publish a draft: read-only from now on', versions.publishVersion],
      ['archive', 'Archive a version', versions.archiveVersion],
    ] as const) {
      app.post(
        `/api/programme-versions/:id/${verb}`,
        {
          schema: {
            tags,
            summary,
            params: IdParamsSchema,
            response: { 200: ProgrammeVersionSchema, ...errorResponses(401, 403, 404, 409) },
          },
        },
        async (request) => {
          const actor = requireActor(request);
          authorize(actor, ProgrammeAbilities.manage);
          return run(ctx, actor, request.params.id);
        },
      );
    }

    app.post(
      '/api/programme-versions/:id/versions',
      {
        schema: {
          tags,
          summary: 'Make a new draft version from this one',
          params: IdParamsSchema,
          body: ForkVersionSchema,
          response: { 201: ProgrammeVersionSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.manage);
        return reply
          .status(201)
          .send(await versions.forkVersion(ctx, actor, request.params.id, request.body));
      },
    );

    app.get(
      '/api/programme-versions/:id/compare/:otherId',
      {
        schema: {
          tags,
          summary: 'What changed from this version to another of the same programme, module by module',
          params: VersionPairParamsSchema,
          response: { 200: VersionDiffSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, ProgrammeAbilities.read);
        return versions.compareVersions(ctx, actor, request.params.id, request.params.otherId);
      },
    );
  };
}
