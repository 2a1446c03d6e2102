import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActionProjectSchema,
  JournalCommentSchema,
  JournalEntrySchema,
  MyActionLearningSchema,
  SaveActionProjectSchema,
  SharedWithMeSchema,
  WriteCommentSchema,
  WriteJournalEntrySchema,
} from '../../../../core/schemas/action-projects.js';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import type { AppContext } from '../../lib/context.js';
import { member } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as action from './action-projects.service.js';

const tags = ['action-learning'];

/**
 * Action projects and the journal. A participant writes their own; what they share reaches their
 * learning set and the facilitators. Private entries are read by their author only, through
 * `/api/my/action-learning`: no other route returns them, for any role.
 */
export function actionProjectRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/my/action-learning',
      {
        schema: {
          tags,
          summary: 'My action project and my whole journal, per current cohort',
          response: { 200: MyActionLearningSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => action.myActionLearning(ctx, member(requireActor(request))),
    );

    app.put(
      '/api/my/cohorts/:id/action-project',
      {
        schema: {
          tags,
          summary:
            'Write my action project in the cohort, or edit it from the version I read (409 when it changed since)',
          params: IdParamsSchema,
          body: SaveActionProjectSchema,
          response: { 200: ActionProjectSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        action.saveProject(ctx, member(requireActor(request)), request.params.id, request.body),
    );

    app.post(
      '/api/my/cohorts/:id/journal',
      {
        schema: {
          tags,
          summary: 'A new entry in my journal; private unless shared with the facilitators or my set',
          params: IdParamsSchema,
          body: WriteJournalEntrySchema,
          response: { 201: JournalEntrySchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const entry = await action.writeEntry(
          ctx,
          member(requireActor(request)),
          request.params.id,
          request.body,
        );
        return reply.code(201).send(entry);
      },
    );

    app.put(
      '/api/journal/:id',
      {
        schema: {
          tags,
          summary: 'Edit my entry, or change or withdraw its share (only the author; others get 404)',
          params: IdParamsSchema,
          body: WriteJournalEntrySchema,
          response: { 200: JournalEntrySchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        action.editEntry(ctx, member(requireActor(request)), request.params.id, request.body),
    );

    app.delete(
      '/api/journal/:id',
      {
        schema: {
          tags,
          summary: 'Delete my entry and its comments',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await action.deleteEntry(ctx, member(requireActor(request)), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/journal/:id/comments',
      {
        schema: {
          tags,
          summary: 'Comment on an entry I may read: my own, or one shared with me',
          params: IdParamsSchema,
          body: WriteCommentSchema,
          response: { 201: JournalCommentSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const created = await action.comment(
          ctx,
          member(requireActor(request)),
          request.params.id,
          request.body,
        );
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/api/cohorts/:id/shared-with-me',
      {
        schema: {
          tags,
          summary:
            "Projects and entries shared with me in the cohort: my set-mates' and, as facilitator, my participants'",
          params: IdParamsSchema,
          response: { 200: SharedWithMeSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => action.sharedWithMe(ctx, member(requireActor(request)), request.params.id),
    );
  };
}
