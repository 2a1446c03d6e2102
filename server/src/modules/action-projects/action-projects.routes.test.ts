import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionProjectRes,
  JournalEntryRes,
  MyActionLearningRes,
  SharedWithMeRes,
} from '../../../../core/schemas/action-projects.js';
import { createCohort, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { journalCohort, projectBody, writeEntry } from '../../test/journal.js';
import { createFocusArea } from '../../test/programmes.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

describeEachDialect('action projects and the journal', (dialect) => {
  const get = useTestApp(dialect);
  let org = '';
  beforeAll(async () => {
    org = (await signedInUser(get().app, get().ctx.db)).organisationId;
  });
  const call = (
    who: Session | null,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => send(get().app, who, { method, url, payload });
  const projectUrl = (cohortId: string) => `/api/my/cohorts/${cohortId}/action-project`;
  const mine = async (who: Session) =>
    (await call(who, 'GET', '/api/my/action-learning')).json<MyActionLearningRes>();
  const shared = (who: Session, cohortId: string) =>
    call(who, 'GET', `/api/cohorts/${cohortId}/shared-with-me`);

  describe('the action project', () => {
    it('refuses strangers: 401 without a session, 404 for someone who is not a participant', async () => {
      const cohort = await createCohort(get().ctx.db, org, { endsOn: '2099-12-31' });
      expect((await call(null, 'PUT', projectUrl(cohort.id), projectBody())).statusCode).toBe(401);
      const other = await signedInUser(get().app, get().ctx.db, ['participant'], org);
      const res = await call(other.session, 'PUT', projectUrl(cohort.id), projectBody());
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    });

    it('is written, edited from the version read, and a stale edit is refused without losing the saved one', async () => {
      const cohort = await createCohort(get().ctx.db, org, { endsOn: '2099-12-31' });
      const me = await signedInParticipant(get().app, get().ctx.db, org, cohort.id);
      const area = await createFocusArea(get().ctx.db, org, 'Automatisering');
      const created = await call(
        me.session,
        'PUT',
        projectUrl(cohort.id),
        projectBody({ focusAreaIds: [area.id] }),
      );
      expect(created.statusCode, created.body).toBe(200);
      const first = created.json<ActionProjectRes>();
      expect(first).toMatchObject({ version: 1, status: 'idea', share: 'private', focusAreaIds: [area.id] });

      const edited = await call(
        me.session,
        'PUT',
        projectUrl(cohort.id),
        projectBody({ status: 'in_progress', title: 'Én registrering', version: 1 }),
      );
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json<ActionProjectRes>()).toMatchObject({
        version: 2,
        status: 'in_progress',
        focusAreaIds: [],
      });

      const stale = await call(
        me.session,
        'PUT',
        projectUrl(cohort.id),
        projectBody({ title: 'Gammel', version: 1 }),
      );
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.reason).toBe('stale');
      expect(stale.json().error.message).toContain('genindlæs');
      const again = await call(me.session, 'PUT', projectUrl(cohort.id), projectBody({ version: null }));
      expect(again.statusCode).toBe(409);
      const page = await mine(me.session);
      expect(page.cohorts.find((c) => c.cohortId === cohort.id)?.project).toMatchObject({
        title: 'Én registrering',
        version: 2,
      });
    });

    it('says what to fix: empty or overlong texts, unknown focus areas, sharing without a set', async () => {
      const cohort = await createCohort(get().ctx.db, org, { endsOn: '2099-12-31' });
      const me = await signedInParticipant(get().app, get().ctx.db, org, cohort.id);
      const put = (over: Record<string, unknown>) =>
        call(me.session, 'PUT', projectUrl(cohort.id), projectBody(over));
      const empty = await put({ title: '  ' });
      expect(empty.statusCode).toBe(400);
      expect(Object.keys(empty.json().error.fields)).toEqual(['title']);
      expect((await put({ challenge: 'x'.repeat(4001) })).json().error.fields).toHaveProperty('challenge');
      expect((await put({ status: 'done' })).json().error.fields).toHaveProperty('status');
      const unknown = await put({ focusAreaIds: [crypto.randomUUID()] });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.fields).toHaveProperty('focusAreaIds');
      const noSet = await put({ share: 'set' });
      expect(noSet.statusCode).toBe(400);
      expect(noSet.json().error.fields.share).toContain('læringssæt');
    });

    it('lets exactly one of several parallel edits from the same version through', async () => {
      const cohort = await createCohort(get().ctx.db, org, { endsOn: '2099-12-31' });
      const me = await signedInParticipant(get().app, get().ctx.db, org, cohort.id);
      const firsts = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          call(me.session, 'PUT', projectUrl(cohort.id), projectBody({ title: `Første ${i}` })),
        ),
      );
      expect(firsts.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      const edits = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          call(me.session, 'PUT', projectUrl(cohort.id), projectBody({ title: `Ret ${i}`, version: 1 })),
        ),
      );
      expect(edits.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      const winner = edits.find((r) => r.statusCode === 200)!.json<ActionProjectRes>();
      const project = (await mine(me.session)).cohorts.find((c) => c.cohortId === cohort.id)?.project;
      expect(project).toMatchObject({ title: winner.title, version: 2 });
    });
  });

  describe('the journal', () => {
    it('keeps an entry to its author until shared, and takes a withdrawn share out of others’ views', async () => {
      const { cohort, author, mate, outsider, facilitator } = await journalCohort(
        get().app,
        get().ctx.db,
        org,
      );
      const id = await writeEntry(get().app, author.session, cohort.id, 'Jeg prøvede en ny tavle', 'private');
      const ids = async (who: Session) =>
        (await shared(who, cohort.id)).json<SharedWithMeRes>().entries.map((e) => e.id);
      expect(await ids(mate.session)).toEqual([]);
      expect(await ids(facilitator.session)).toEqual([]);

      const share = (to: string) =>
        call(author.session, 'PUT', `/api/journal/${id}`, {
          phase: 'act',
          body: 'Jeg prøvede en ny tavle',
          share: to,
        });
      expect((await share('facilitator')).statusCode).toBe(200);
      expect(await ids(facilitator.session)).toEqual([id]);
      expect(await ids(mate.session)).toEqual([]);

      expect((await share('set')).json<JournalEntryRes>().share).toBe('set');
      expect(await ids(mate.session)).toEqual([id]);
      expect(await ids(outsider.session)).toEqual([]);
      const seen = (await shared(mate.session, cohort.id)).json<SharedWithMeRes>().entries[0];
      expect(seen).toMatchObject({ authorName: author.person.name, phase: 'act' });

      expect((await share('private')).statusCode).toBe(200);
      expect(await ids(mate.session)).toEqual([]);
      expect(await ids(facilitator.session)).toEqual([]);
    });

    it('takes comments from those it is shared with, and from nobody else', async () => {
      const { cohort, author, mate, outsider, facilitator, admin } = await journalCohort(
        get().app,
        get().ctx.db,
        org,
      );
      const id = await writeEntry(get().app, author.session, cohort.id, 'Teamet var skeptisk', 'set');
      const commentAs = (who: Session, body = 'Hvad gjorde dig overrasket?') => {
        get().clock.advance(1000);
        return call(who, 'POST', `/api/journal/${id}/comments`, { body });
      };
      expect((await commentAs(mate.session)).statusCode).toBe(201);
      expect((await commentAs(facilitator.session, 'Godt set')).statusCode).toBe(201);
      expect((await commentAs(author.session, 'Tak')).statusCode).toBe(201);
      for (const stranger of [outsider, admin]) {
        const res = await commentAs(stranger.session);
        expect(res.statusCode).toBe(404);
      }
      expect((await commentAs(mate.session, ' ')).statusCode).toBe(400);
      expect((await commentAs(mate.session, 'x'.repeat(2001))).statusCode).toBe(400);

      const entry = (await mine(author.session)).cohorts.find((c) => c.cohortId === cohort.id)?.entries[0];
      expect(entry?.comments.map((c) => [c.body, c.mine])).toEqual([
        ['Hvad gjorde dig overrasket?', false],
        ['Godt set', false],
        ['Tak', true],
      ]);
      const seenByMate = (await shared(mate.session, cohort.id)).json<SharedWithMeRes>().entries[0];
      expect(seenByMate?.comments).toHaveLength(3);
    });

    it('lets only the author edit or delete, and says what to fix', async () => {
      const { cohort, author, mate, outsider, admin } = await journalCohort(get().app, get().ctx.db, org);
      const id = await writeEntry(get().app, author.session, cohort.id, 'Et udkast', 'set');
      const body = { phase: 'plan', body: 'Ændret', share: 'set' };
      for (const other of [mate, admin])
        expect((await call(other.session, 'PUT', `/api/journal/${id}`, body)).statusCode).toBe(404);
      expect((await call(mate.session, 'DELETE', `/api/journal/${id}`)).statusCode).toBe(404);

      const post = (payload: object, who = author.session) =>
        call(who, 'POST', `/api/my/cohorts/${cohort.id}/journal`, payload);
      expect((await post({ phase: 'plan', body: '', share: 'private' })).json().error.fields).toHaveProperty(
        'body',
      );
      expect(
        (await post({ phase: 'dream', body: 'x', share: 'private' })).json().error.fields,
      ).toHaveProperty('phase');
      expect((await post({ phase: 'plan', body: 'x'.repeat(8001), share: 'private' })).statusCode).toBe(400);
      const noSet = await post({ phase: 'plan', body: 'Til sættet', share: 'set' }, outsider.session);
      expect(noSet.statusCode).toBe(400);
      expect(noSet.json().error.fields).toHaveProperty('share');
      expect(
        (await post({ phase: 'plan', body: 'Til facilitatoren', share: 'facilitator' }, outsider.session))
          .statusCode,
      ).toBe(201);

      expect((await call(author.session, 'DELETE', `/api/journal/${id}`)).statusCode).toBe(204);
      expect((await shared(mate.session, cohort.id)).json<SharedWithMeRes>().entries).toEqual([]);
      expect((await call(author.session, 'DELETE', `/api/journal/${id}`)).statusCode).toBe(404);
    });

    it('shows shared work only to people of the cohort: others get 404', async () => {
      const { cohort, otherFacilitator, admin } = await journalCohort(get().app, get().ctx.db, org);
      expect((await shared(otherFacilitator.session, cohort.id)).statusCode).toBe(404);
      // An administrator runs the cohort but is not its facilitator: what is shared is not theirs.
      expect((await shared(admin.session, cohort.id)).statusCode).toBe(404);
      expect((await shared(admin.session, crypto.randomUUID())).statusCode).toBe(404);
    });

    it('shows a project shared with the set to the set and the facilitators', async () => {
      const { cohort, author, mate, outsider, facilitator } = await journalCohort(
        get().app,
        get().ctx.db,
        org,
      );
      const saved = await call(author.session, 'PUT', projectUrl(cohort.id), projectBody({ share: 'set' }));
      expect(saved.statusCode, saved.body).toBe(200);
      for (const who of [mate, facilitator]) {
        const projects = (await shared(who.session, cohort.id)).json<SharedWithMeRes>().projects;
        expect(projects.map((p) => p.ownerName)).toEqual([author.person.name]);
      }
      expect((await shared(outsider.session, cohort.id)).json<SharedWithMeRes>().projects).toEqual([]);
    });
  });
});
