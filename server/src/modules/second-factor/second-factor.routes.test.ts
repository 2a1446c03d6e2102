import { beforeAll, describe, expect, it } from 'vitest';
import type { MeRes } from '../../../../core/schemas/auth.js';
import type { SecondFactorChallengeRes } from '../../../../core/schemas/second-factor.js';
import { MINUTE } from '../../lib/clock.js';
import { describeEachDialect } from '../../test/databases.js';
import {
  createSecondFactor,
  createUser,
  loginAs,
  signedInUser,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { send, type TestApp, useTestApp } from '../../test/test-app.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { codeAt } from './totp.js';

const STEP_MS = 30_000;

async function passwordStep(app: TestApp['app'], email: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SecondFactorChallengeRes>();
}

const codeStep = (app: TestApp['app'], challenge: string, code: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge, code } });

async function refusals(t: TestApp, userId: string) {
  const rows = await t.ctx.db.kysely
    .selectFrom('audit_log')
    .select('changes')
    .where('action', '=', 'user.second_factor_refused')
    .where('entity_id', '=', userId)
    .execute();
  return rows.map((r) => JSON.parse(r.changes ?? '{}').reason);
}

describeEachDialect('second factor', (dialect) => {
  const get = useTestApp(dialect);

  describe('enrolment', () => {
    it('starts with a QR code, confirms with the first code, and gives ten recovery codes once', async () => {
      const t = get();
      const { session } = await signedInUser(t.app, t.ctx.db, ['employee']);
      const before = await send(t.app, session, { method: 'GET', url: '/api/me/second-factor' });
      expect(before.json()).toEqual({ status: 'off', recoveryCodesLeft: 0, required: false });

      const start = await send(t.app, session, { method: 'POST', url: '/api/me/second-factor' });
      expect(start.statusCode).toBe(200);
      const { secret, uri, qrSvg } = start.json();
      expect(uri).toMatch(/^otpauth:\/\/totp\/Aktion:/);
      expect(qrSvg).toContain('<svg');
      const pending = await send(t.app, session, { method: 'GET', url: '/api/me/second-factor' });
      expect(pending.json().status).toBe('pending');

      const wrong = await send(t.app, session, {
        method: 'POST',
        url: '/api/me/second-factor/confirm',
        payload: { code: '000000' === codeAt(secret, t.clock.now()) ? '111111' : '000000' },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields.code).toMatch(/passer ikke/);

      const ok = await send(t.app, session, {
        method: 'POST',
        url: '/api/me/second-factor/confirm',
        payload: { code: codeAt(secret, t.clock.now()) },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      const codes: string[] = ok.json().recoveryCodes;
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      expect(codes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      const on = await send(t.app, session, { method: 'GET', url: '/api/me/second-factor' });
      expect(on.json()).toEqual({ status: 'on', recoveryCodesLeft: 10, required: false });

      // The secret is sealed at rest.
      const row = await t.ctx.db.kysely
        .selectFrom('second_factors')
        .select('secret_sealed')
        .where('user_id', '=', session.userId)
        .executeTakeFirstOrThrow();
      expect(row.secret_sealed).not.toContain(secret);
    });

    it('refuses a malformed code with a message that says what to type', async () => {
      const t = get();
      const { session } = await signedInUser(t.app, t.ctx.db, ['employee']);
      await send(t.app, session, { method: 'POST', url: '/api/me/second-factor' });
      const res = await send(t.app, session, {
        method: 'POST',
        url: '/api/me/second-factor/confirm',
        payload: { code: '12ab' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.code).toMatch(/6 cifre/);
    });
  });

  describe('login', () => {
    let email = '';
    let userId = '';
    let secret = '';
    let recoveryCodes: string[] = [];
    beforeAll(async () => {
      const t = get();
      const user = await createUser(t.ctx.db, { roles: ['facilitator'] });
      email = user.email;
      userId = user.id;
      ({ secret, recoveryCodes } = await createSecondFactor(t.ctx.db, user.id));
    });

    it('asks for the code after the password, and opens the session only with it', async () => {
      const t = get();
      t.clock.advance(STEP_MS);
      const first = await passwordStep(t.app, email);
      expect(first).toMatchObject({ secondFactorRequired: true });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: TEST_PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

      const ok = await codeStep(t.app, first.challenge, codeAt(secret, t.clock.now()));
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<MeRes>().user.email).toBe(email);
      expect(ok.cookies.find((c) => c.name === SESSION_COOKIE)).toBeDefined();
      // The challenge is used up.
      const again = await codeStep(t.app, first.challenge, codeAt(secret, t.clock.now()));
      expect(again.statusCode).toBe(401);
      expect(again.json().error.reason).toBe('challenge_expired');
    });

    it('refuses a code used before, and logs it for the administrator', async () => {
      const t = get();
      t.clock.advance(STEP_MS);
      const code = codeAt(secret, t.clock.now());
      expect((await codeStep(t.app, (await passwordStep(t.app, email)).challenge, code)).statusCode).toBe(
        200,
      );
      const replay = await codeStep(t.app, (await passwordStep(t.app, email)).challenge, code);
      expect(replay.statusCode).toBe(400);
      expect(replay.json().error.fields.code).toMatch(/allerede brugt/);
      expect(await refusals(t, userId)).toContain('used_code');
    });

    it('refuses a wrong code and ends the challenge after five', async () => {
      const t = get();
      t.clock.advance(STEP_MS);
      // A right code clears the failures of the tests before.
      const clean = await codeStep(
        t.app,
        (await passwordStep(t.app, email)).challenge,
        codeAt(secret, t.clock.now()),
      );
      expect(clean.statusCode).toBe(200);
      const { challenge } = await passwordStep(t.app, email);
      const wrong = codeAt(secret, new Date(t.clock.now().getTime() + 10 * STEP_MS));
      const statusOf = async () => {
        const res = await codeStep(t.app, challenge, wrong);
        if (res.statusCode === 400) expect(res.json().error.fields.code).toMatch(/passer ikke/);
        return res.statusCode;
      };
      expect([await statusOf(), await statusOf(), await statusOf()]).toEqual([400, 400, 400]);
      // After three wrong codes the account waits a growing delay (1 s, 2 s, …) between tries.
      expect(await statusOf()).toBe(429);
      t.clock.advance(2000);
      expect(await statusOf()).toBe(400);
      expect(await statusOf()).toBe(429);
      t.clock.advance(3000);
      // The fifth wrong code uses the challenge up: start over with the password.
      expect(await statusOf()).toBe(401);
      const right = await codeStep(t.app, challenge, codeAt(secret, t.clock.now()));
      expect(right.statusCode).toBe(401);
      expect(await refusals(t, userId)).toContain('wrong_code');
    });

    it('lets the challenge run out after five minutes', async () => {
      const t = get();
      const { challenge } = await passwordStep(t.app, email);
      t.clock.advance(6 * MINUTE);
      const res = await codeStep(t.app, challenge, codeAt(secret, t.clock.now()));
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toMatch(/Log ind igen/);
    });

    it('accepts each recovery code once', async () => {
      const t = get();
      const code = recoveryCodes[0] ?? '';
      const ok = await codeStep(t.app, (await passwordStep(t.app, email)).challenge, code.toUpperCase());
      expect(ok.statusCode, ok.body).toBe(200);
      const used = await codeStep(t.app, (await passwordStep(t.app, email)).challenge, code);
      expect(used.statusCode).toBe(400);
      expect(used.json().error.fields.code).toMatch(/allerede brugt/);
      const audit = await t.ctx.db.kysely
        .selectFrom('audit_log')
        .select('changes')
        .where('action', '=', 'user.logged_in')
        .where('entity_id', '=', userId)
        .execute();
      expect(audit.map((a) => JSON.parse(a.changes ?? '{}').method)).toContain('password+recovery_code');
    });

    it('lets exactly one of many parallel requests use the same code', async () => {
      const t = get();
      t.clock.advance(STEP_MS);
      const code = codeAt(secret, t.clock.now());
      const challenges: SecondFactorChallengeRes[] = [];
      for (let i = 0; i < 6; i++) challenges.push(await passwordStep(t.app, email));
      const answers = await Promise.all(challenges.map((c) => codeStep(t.app, c.challenge, code)));
      const statuses = answers.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      // The others are refused: the code is used (400) or they must wait their turn (429).
      expect(statuses.filter((s) => s !== 200).every((s) => s === 400 || s === 429)).toBe(true);
    });
  });

  describe('managing my second factor', () => {
    it('renews recovery codes (the old ones stop working) and turns it off with a current code', async () => {
      const t = get();
      const user = await createUser(t.ctx.db, { roles: ['employee'] });
      const { secret, recoveryCodes } = await createSecondFactor(t.ctx.db, user.id);
      // Signed in with a recovery code; the TOTP code below then proves the app.
      const login = await codeStep(
        t.app,
        (await passwordStep(t.app, user.email)).challenge,
        recoveryCodes[0] ?? '',
      );
      const session = {
        cookie: `${SESSION_COOKIE}=${login.cookies.find((c) => c.name === SESSION_COOKIE)?.value}`,
        csrfToken: login.json<MeRes>().csrfToken,
        userId: user.id,
        organisationId: user.organisationId,
      };
      t.clock.advance(STEP_MS);
      const renewed = await send(t.app, session, {
        method: 'POST',
        url: '/api/me/second-factor/recovery-codes',
        payload: { code: codeAt(secret, t.clock.now()) },
      });
      expect(renewed.statusCode, renewed.body).toBe(200);
      const old = await codeStep(
        t.app,
        (await passwordStep(t.app, user.email)).challenge,
        recoveryCodes[1] ?? '',
      );
      expect(old.statusCode).toBe(400);

      const fresh: string = renewed.json().recoveryCodes[0];
      const off = await send(t.app, session, {
        method: 'POST',
        url: '/api/me/second-factor/disable',
        payload: { code: fresh },
      });
      expect(off.statusCode).toBe(204);
      const status = await send(t.app, session, { method: 'GET', url: '/api/me/second-factor' });
      expect(status.json().status).toBe('off');
      // Without a factor, the password alone opens a session again.
      expect((await loginAs(t.app, user.email)).userId).toBe(user.id);
    });

    it('lets an administrator reset a colleague’s second factor: audited, and their sessions end', async () => {
      const t = get();
      const admin = await signedInUser(t.app, t.ctx.db, ['admin']);
      const colleague = await createUser(t.ctx.db, {
        organisationId: admin.organisationId,
        roles: ['employee'],
      });
      const colleagueSession = await loginAs(t.app, colleague.email);
      await createSecondFactor(t.ctx.db, colleague.id);
      const list = await send(t.app, admin.session, { method: 'GET', url: '/api/users' });
      expect(list.json().items.find((u: { id: string }) => u.id === colleague.id).secondFactor).toBe(true);

      const reset = await send(t.app, admin.session, {
        method: 'POST',
        url: `/api/users/${colleague.id}/second-factor/reset`,
      });
      expect(reset.statusCode).toBe(204);
      expect((await send(t.app, colleagueSession, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
      const again = await send(t.app, admin.session, {
        method: 'POST',
        url: `/api/users/${colleague.id}/second-factor/reset`,
      });
      expect(again.statusCode).toBe(409);
      const audit = await t.ctx.db.kysely
        .selectFrom('audit_log')
        .select(['actor_user_id'])
        .where('action', '=', 'user.second_factor_reset')
        .where('entity_id', '=', colleague.id)
        .execute();
      expect(audit).toEqual([{ actor_user_id: admin.id }]);

      // Someone who also belongs to an organisation this administrator does not run is not theirs to reset.
      const shared = await createUser(t.ctx.db, { roles: ['admin'] });
      await createSecondFactor(t.ctx.db, shared.id);
      await t.ctx.db.kysely
        .insertInto('memberships')
        .values({
          organisation_id: admin.organisationId,
          user_id: shared.id,
          roles: '["employee"]',
          deactivated_at: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      const elsewhere = await send(t.app, admin.session, {
        method: 'POST',
        url: `/api/users/${shared.id}/second-factor/reset`,
      });
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.json().error.reason).toBe('member_elsewhere');

      const employee = await signedInUser(t.app, t.ctx.db, ['employee'], admin.organisationId);
      const refused = await send(t.app, employee.session, {
        method: 'POST',
        url: `/api/users/${colleague.id}/second-factor/reset`,
      });
      expect(refused.statusCode).toBe(403);
    });
  });
});

describeEachDialect('second factor required for administrators outside the demo', (dialect) => {
  const get = useTestApp(dialect, { adminSecondFactor: true });

  it('lets an administrator without one do nothing but enrol, then everything', async () => {
    const t = get();
    const admin = await signedInUser(t.app, t.ctx.db, ['admin']);
    const me = await send(t.app, admin.session, { method: 'GET', url: '/api/me' });
    expect(me.json()).toMatchObject({ secondFactorSetupRequired: true, signedInWith: 'password' });
    const blocked = await send(t.app, admin.session, { method: 'GET', url: '/api/users' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.reason).toBe('second_factor_setup_required');

    const status = await send(t.app, admin.session, { method: 'GET', url: '/api/me/second-factor' });
    expect(status.json()).toMatchObject({ status: 'off', required: true });
    const { secret } = (
      await send(t.app, admin.session, { method: 'POST', url: '/api/me/second-factor' })
    ).json();
    const confirmed = await send(t.app, admin.session, {
      method: 'POST',
      url: '/api/me/second-factor/confirm',
      payload: { code: codeAt(secret, t.clock.now()) },
    });
    expect(confirmed.statusCode).toBe(200);
    expect((await send(t.app, admin.session, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);

    // Required: it cannot be turned off.
    const off = await send(t.app, admin.session, {
      method: 'POST',
      url: '/api/me/second-factor/disable',
      payload: { code: confirmed.json().recoveryCodes[0] },
    });
    expect(off.statusCode).toBe(403);
  });

  it('holds a person made administrator at once, and ends older sessions when they enrol', async () => {
    const t = get();
    const user = await createUser(t.ctx.db, { roles: ['facilitator'] });
    const older = await loginAs(t.app, user.email);
    const current = await loginAs(t.app, user.email);
    expect((await send(t.app, current, { method: 'GET', url: '/api/users' })).statusCode).toBe(403); // not admin
    await t.ctx.db.kysely
      .updateTable('memberships')
      .set({ roles: '["admin"]' })
      .where('user_id', '=', user.id)
      .execute();
    const held = await send(t.app, current, { method: 'GET', url: '/api/users' });
    expect(held.json().error.reason).toBe('second_factor_setup_required');
    const { secret } = (await send(t.app, current, { method: 'POST', url: '/api/me/second-factor' })).json();
    await send(t.app, current, {
      method: 'POST',
      url: '/api/me/second-factor/confirm',
      payload: { code: codeAt(secret, t.clock.now()) },
    });
    expect((await send(t.app, current, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    // A session opened before enrolment (perhaps with a stolen password) does not become a full one.
    expect((await send(t.app, older, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('asks an invited person with a second factor for the code before signing them in', async () => {
    const t = get();
    const admin = await createUser(t.ctx.db, { roles: ['admin'] });
    await t.ctx.db.kysely.updateTable('users').set({ is_demo: 1 }).where('id', '=', admin.id).execute();
    const adminSession = await loginAs(t.app, admin.email);
    const invitee = await createUser(t.ctx.db, { roles: ['employee'] });
    await createSecondFactor(t.ctx.db, invitee.id);
    const sent = await send(t.app, adminSession, {
      method: 'POST',
      url: '/api/invitations',
      payload: { email: invitee.email, name: 'Gæst', roles: ['facilitator'] },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const mail = await t.ctx.db.kysely
      .selectFrom('mail_outbox')
      .select('text_body')
      .where('to_address', '=', invitee.email)
      .executeTakeFirstOrThrow();
    const token = /invitation\/([\w-]+)/.exec(mail.text_body)?.[1] ?? '';
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, name: 'Gæst', password: TEST_PASSWORD },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ secondFactorRequired: true });
    expect(accepted.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  });

  it('leaves other roles and the seeded demo accounts free', async () => {
    const t = get();
    const employee = await signedInUser(t.app, t.ctx.db, ['facilitator']);
    expect(
      (await send(t.app, employee.session, { method: 'GET', url: '/api/me' })).json()
        .secondFactorSetupRequired,
    ).toBe(false);
    const demoAdmin = await createUser(t.ctx.db, { roles: ['admin'] });
    await t.ctx.db.kysely.updateTable('users').set({ is_demo: 1 }).where('id', '=', demoAdmin.id).execute();
    const session = await loginAs(t.app, demoAdmin.email);
    expect((await send(t.app, session, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
  });
});
