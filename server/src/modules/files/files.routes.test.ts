import { beforeAll, describe, expect, it } from 'vitest';
import { FileLimits } from '../../../../core/files.js';
import { ROLES } from '../../../../core/roles.js';
import type { FileRes } from '../../../../core/schemas/files.js';
import { createCohort, signedInParticipant } from '../../test/cohorts.js';
import { describeEachDialect } from '../../test/databases.js';
import { signedInUser } from '../../test/factories.js';
import { SMALL_PDF, sendFile } from '../../test/files.js';
import { type Session, send, useTestApp } from '../../test/test-app.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const DOCX = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 1)]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describeEachDialect('files (upload and download)', (dialect) => {
  const get = useTestApp(dialect);
  let admin: Awaited<ReturnType<typeof signedInUser>>;

  beforeAll(async () => {
    admin = await signedInUser(get().app, get().ctx.db, ['admin']);
  });

  const upload = (
    session: Session | null,
    body: Buffer | string,
    contentType: string | undefined,
    fileName?: string,
    headers?: Record<string, string>,
  ) => sendFile(get().app, session, body, contentType, fileName, headers);
  const download = (session: Session | null, id: string) =>
    send(get().app, session, { method: 'GET', url: `/api/files/${id}` });
  const storedFiles = (organisationId: string) =>
    get()
      .ctx.db.kysely.selectFrom('files')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .execute();

  describe('who may', () => {
    it('answers 401 without a session', async () => {
      const res = await upload(null, SMALL_PDF, 'application/pdf');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
      expect((await download(null, crypto.randomUUID())).statusCode).toBe(401);
    });

    it('lets only those who design programmes upload, and those who read programmes download any file', async () => {
      const uploaded = (await upload(admin.session, SMALL_PDF, 'application/pdf')).json<FileRes>();
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const member = await signedInUser(get().app, get().ctx.db, [role], admin.organisationId);
        const refused = await upload(member.session, SMALL_PDF, 'application/pdf');
        expect(refused.statusCode, role).toBe(403);
        expect(refused.json().error.code).toBe('forbidden');
        const opened = await download(member.session, uploaded.id);
        if (role === 'facilitator' || role === 'observer') {
          expect(opened.statusCode, role).toBe(200);
          expect(opened.rawPayload.equals(SMALL_PDF)).toBe(true);
        } else {
          // Not in a cohort that uses the file: as if it did not exist.
          expect(opened.statusCode, role).toBe(404);
          expect(opened.json().error.code).toBe('not_found');
        }
      }
    });

    it('lets a participant download the materials of the version their cohort runs, and nothing else', async () => {
      const { app, ctx } = get();
      const org = admin.organisationId;
      const used = (await upload(admin.session, SMALL_PDF, 'application/pdf', 'Hold.pdf')).json<FileRes>();
      const other = (await upload(admin.session, SMALL_PDF, 'application/pdf')).json<FileRes>();
      const cohort = await createCohort(ctx.db, org);
      await ctx.db.kysely
        .updateTable('programme_modules')
        .set({ materials: JSON.stringify([{ title: 'Læseplan', fileId: used.id }]) })
        .where('id', '=', cohort.moduleId)
        .execute();
      const participant = await signedInParticipant(app, ctx.db, org, cohort.id);
      const opened = await download(participant.session, used.id);
      expect(opened.statusCode, opened.body).toBe(200);
      expect(opened.rawPayload.equals(SMALL_PDF)).toBe(true);
      expect((await download(participant.session, other.id)).statusCode).toBe(404);

      const elsewhere = await createCohort(ctx.db, org);
      const outsider = await signedInParticipant(app, ctx.db, org, elsewhere.id);
      const employee = await signedInUser(app, ctx.db, ['employee'], org);
      for (const who of [outsider, employee]) {
        const refused = await download(who.session, used.id);
        expect(refused.statusCode).toBe(404);
        expect(refused.json().error.code).toBe('not_found');
      }
      const observer = await signedInUser(app, ctx.db, ['observer'], org);
      expect((await download(observer.session, used.id)).statusCode).toBe(200);

      // Removed from the cohort: the materials close again.
      await ctx.db.kysely
        .updateTable('cohort_participants')
        .set({ removed_at: new Date().toISOString() })
        .where('cohort_id', '=', cohort.id)
        .where('person_id', '=', participant.person.id)
        .execute();
      expect((await download(participant.session, used.id)).statusCode).toBe(404);
    });

    it('answers 404 for another organisation’s file, as for an unknown one', async () => {
      const uploaded = (await upload(admin.session, SMALL_PDF, 'application/pdf')).json<FileRes>();
      const stranger = await signedInUser(get().app, get().ctx.db, [...ROLES]);
      const foreign = await download(stranger.session, uploaded.id);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().error.code).toBe('not_found');
      expect(foreign.body).not.toContain('Læseplan');
      expect((await download(admin.session, crypto.randomUUID())).statusCode).toBe(404);
      expect((await download(admin.session, 'not-an-id')).statusCode).toBe(400);
    });
  });

  describe('uploading', () => {
    it('stores the file, audits it without its contents, and sends back the same bytes', async () => {
      const owner = await signedInUser(get().app, get().ctx.db, ['admin']);
      const res = await upload(owner.session, SMALL_PDF, 'application/pdf', 'Læseliste (uge 3).pdf');
      expect(res.statusCode, res.body).toBe(201);
      const file = res.json<FileRes>();
      expect(file).toEqual({
        id: expect.any(String),
        fileName: 'Læseliste (uge 3).pdf',
        contentType: 'application/pdf',
        sizeBytes: SMALL_PDF.length,
      });

      const back = await download(owner.session, file.id);
      expect(back.statusCode).toBe(200);
      expect(back.rawPayload.equals(SMALL_PDF)).toBe(true);
      expect(back.headers['content-type']).toBe('application/pdf');
      expect(back.headers['content-disposition']).toBe(
        "attachment; filename*=UTF-8''L%C3%A6seliste%20%28uge%203%29.pdf",
      );
      expect(back.headers['x-content-type-options']).toBe('nosniff');
      expect(back.headers['cache-control']).toBe('private, no-cache');

      const entries = await get()
        .ctx.db.kysely.selectFrom('audit_log')
        .select(['action', 'entity_type', 'entity_id', 'actor_user_id', 'changes'])
        .where('organisation_id', '=', owner.organisationId)
        .where('action', '=', 'file.uploaded')
        .execute();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ entity_type: 'file', entity_id: file.id, actor_user_id: owner.id });
      expect(JSON.parse(entries[0]?.changes ?? '{}')).toEqual({
        fileName: 'Læseliste (uge 3).pdf',
        contentType: 'application/pdf',
        sizeBytes: SMALL_PDF.length,
      });
    });

    it('takes Office, images and text, by their declared type and first bytes', async () => {
      const cases: [Buffer | string, string, string][] = [
        [DOCX, DOCX_TYPE, DOCX_TYPE],
        [PNG, 'image/png', 'image/png'],
        [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]), 'IMAGE/JPEG', 'image/jpeg'],
        ['# Forberedelse\n\nLæs kapitel 3.', 'text/markdown; charset=utf-8', 'text/markdown'],
      ];
      for (const [body, declared, stored] of cases) {
        const res = await upload(admin.session, body, declared, 'materiale');
        expect(res.statusCode, `${declared}: ${res.body}`).toBe(201);
        expect(res.json().contentType).toBe(stored);
      }
      const text = await upload(admin.session, 'Hej', 'text/plain', 'note.txt');
      const back = await download(admin.session, text.json().id);
      expect(back.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(back.body).toBe('Hej');
    });

    it('cleans the file name: no path, no control characters, not too long', async () => {
      const named = async (name: string) =>
        (await upload(admin.session, SMALL_PDF, 'application/pdf', name)).json<FileRes>().fileName;
      expect(await named('../../etc/C:\\Users\\Plan\u0007 for\u202e mødet.pdf')).toBe('Plan for mødet.pdf');
      const long = await named(`${'a'.repeat(400)}.pdf`);
      expect(long).toHaveLength(FileLimits.nameMax);
      expect(long.endsWith('.pdf')).toBe(true);
      expect(await named('///')).toBe('fil.pdf');
      expect(await named('Plan.PDF')).toBe('Plan.PDF');
      const missing = await send(get().app, admin.session, {
        method: 'POST',
        url: '/api/files',
        payload: SMALL_PDF,
        headers: { 'content-type': 'application/pdf' },
      });
      expect(missing.statusCode).toBe(400);
      expect(Object.keys(missing.json().error.fields)).toEqual(['fileName']);
    });
  });

  describe('naming by type', () => {
    it('stores a name whose extension is the accepted type’s, and sends it back so', async () => {
      const cases: [Buffer | string, string, string, string][] = [
        ['<script>alert(1)</script>', 'text/plain', 'evil.html', 'evil.txt'],
        [DOCX, DOCX_TYPE, 'værktøj.jar', 'værktøj.docx'],
        [PNG, 'image/png', 'skitse', 'skitse.png'],
        [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]), 'image/jpeg', 'Foto.JPEG', 'Foto.JPEG'],
        ['# Noter', 'text/markdown', 'Noter.md', 'Noter.md'],
        [SMALL_PDF, 'application/pdf', 'Referat v1.2', 'Referat v1.2.pdf'],
      ];
      for (const [body, declared, sent, stored] of cases) {
        const res = await upload(admin.session, body, declared, sent);
        expect(res.statusCode, `${sent}: ${res.body}`).toBe(201);
        expect(res.json<FileRes>().fileName, sent).toBe(stored);
        const back = await download(admin.session, res.json<FileRes>().id);
        expect(back.headers['content-disposition'], sent).toBe(
          `attachment; filename*=UTF-8''${encodeURIComponent(stored)}`,
        );
      }
    });
  });

  describe('refusing', () => {
    it('answers 415 for a type that may not be uploaded, naming what may', async () => {
      const owner = await signedInUser(get().app, get().ctx.db, ['admin']);
      for (const declared of ['application/zip', 'text/html', 'application/octet-stream', undefined]) {
        const res = await upload(owner.session, SMALL_PDF, declared);
        expect(res.statusCode, String(declared)).toBe(415);
        expect(res.json().error).toMatchObject({
          code: 'unsupported_media_type',
          reason: 'file_type_not_allowed',
          message: expect.stringContaining('PDF, Word, Excel, PowerPoint'),
        });
      }
      expect(await storedFiles(owner.organisationId)).toEqual([]);
    });

    it('answers 415 when the contents are not what the declared type says', async () => {
      const owner = await signedInUser(get().app, get().ctx.db, ['admin']);
      const cases: [Buffer, string][] = [
        [PNG, 'application/pdf'],
        [SMALL_PDF, DOCX_TYPE],
        [SMALL_PDF, 'image/jpeg'],
        [Buffer.from('MZ\x90\x00executable', 'latin1'), 'text/plain'],
        [Buffer.from('Læs før mødet', 'latin1'), 'text/plain'],
      ];
      for (const [body, declared] of cases) {
        const res = await upload(owner.session, body, declared);
        expect(res.statusCode, declared).toBe(415);
        expect(res.json().error).toMatchObject({
          code: 'unsupported_media_type',
          reason: 'file_content_mismatch',
        });
      }
      expect(await storedFiles(owner.organisationId)).toEqual([]);
    });

    it('answers 413 over 20 MB, saying the limit in the user’s language', async () => {
      const owner = await signedInUser(get().app, get().ctx.db, ['admin']);
      const big = Buffer.concat([SMALL_PDF, Buffer.alloc(FileLimits.maxBytes)]);
      const res = await upload(owner.session, big, 'application/pdf');
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toMatchObject({
        code: 'payload_too_large',
        message: 'Filen er for stor. En fil må højst fylde 20 MB.',
      });
      await send(get().app, owner.session, {
        method: 'PUT',
        url: '/api/me/locale',
        payload: { locale: 'en' },
      });
      const english = await upload(owner.session, big, 'application/pdf');
      expect(english.json().error.message).toBe('The file is too large. A file may be at most 20 MB.');
      expect(await storedFiles(owner.organisationId)).toEqual([]);
    });

    it('answers 400 for an empty file', async () => {
      const res = await upload(admin.session, Buffer.alloc(0), 'application/pdf');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed', reason: 'file_empty' });
      expect(res.json().error.message).toContain('tom');
    });
  });
});
