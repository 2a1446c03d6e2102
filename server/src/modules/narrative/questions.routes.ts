import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../core/schemas/common.js';
import {
  AnswerQuestionSchema,
  AskQuestionSchema,
  NarrativeQuestionSchema,
} from '../../../../core/schemas/narrative.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { NarrativeAbilities } from './narrative.policy.js';
import * as questions from './questions.service.js';

const tags = ['narrative'];
const QUESTIONS = '/api/narrative/questions';

/** Leaders' questions on parts of the published narrative, and the administrators' answers. */
export function questionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      QUESTIONS,
      {
        schema: {
          tags,
          summary:
            'Ask about a part of the published narrative; others never see who asked (409 `too_many_open_questions`)',
          body: AskQuestionSchema,
          response: { 201: NarrativeQuestionSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.read);
        return reply.status(201).send(await questions.ask(ctx, actor, request.body));
      },
    );

    app.put(
      `${QUESTIONS}/:id/answer`,
      {
        schema: {
          tags,
          summary:
            'Answer a question (again: edit the answer); shown to everybody, and the asker gets an e-mail',
          params: IdParamsSchema,
          body: AnswerQuestionSchema,
          response: { 200: NarrativeQuestionSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.manage);
        return questions.answer(ctx, actor, request.params.id, request.body);
      },
    );

    app.delete(
      `${QUESTIONS}/:id`,
      {
        schema: {
          tags,
          summary: 'Remove a question: administrators any, the asker their own while it is unanswered',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, NarrativeAbilities.read);
        await questions.remove(ctx, actor, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
