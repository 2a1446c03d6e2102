import { describe, expect, it } from 'vitest';
import { Limits } from '../limits.js';
import { checkEmbedOrigin, EmbedOriginsBodySchema } from './embedding.js';

describe('web sites allowed to embed registration', () => {
  it('normalises an address as a browser writes its Origin header', () => {
    expect(checkEmbedOrigin(' https://Www.Viborg.DK:443 ')).toEqual({
      ok: true,
      origin: 'https://www.viborg.dk',
    });
    expect(checkEmbedOrigin('https://www.viborg.dk:8443')).toEqual({
      ok: true,
      origin: 'https://www.viborg.dk:8443',
    });
    expect(checkEmbedOrigin('https://ærø.dk')).toEqual({ ok: true, origin: 'https://xn--r-3fa9c.dk' });
    expect(checkEmbedOrigin('http://localhost:5173')).toEqual({ ok: true, origin: 'http://localhost:5173' });
    expect(checkEmbedOrigin('http://127.0.0.1')).toEqual({ ok: true, origin: 'http://127.0.0.1' });
  });

  it('says what is wrong with an address that is not exactly scheme, host and port', () => {
    const problem = (v: string) => {
      const r = checkEmbedOrigin(v);
      return r.ok ? null : r.problem;
    };
    expect(problem('www.viborg.dk')).toBe('embed_origin_url');
    expect(problem('https://')).toBe('embed_origin_url');
    expect(problem('https://nogen@www.viborg.dk')).toBe('embed_origin_url');
    expect(problem('https://www.viborg.dk:99999')).toBe('embed_origin_url');
    expect(problem('https://www viborg.dk')).toBe('embed_origin_url');
    expect(problem('https://www.viborg.dk/')).toBe('embed_origin_path');
    expect(problem('https://www.viborg.dk/kurser')).toBe('embed_origin_path');
    expect(problem('https://www.viborg.dk?x=1')).toBe('embed_origin_path');
    expect(problem('https://www.viborg.dk#top')).toBe('embed_origin_path');
    expect(problem('https://*.viborg.dk')).toBe('embed_origin_wildcard');
    expect(problem('*')).toBe('embed_origin_wildcard');
    expect(problem('http://www.viborg.dk')).toBe('embed_origin_https');
    expect(problem('http://localhost.viborg.dk')).toBe('embed_origin_https');
    expect(problem('ftp://www.viborg.dk')).toBe('embed_origin_https');
  });

  it('refuses duplicates (after normalising) and more than the limit', () => {
    const messages = (origins: string[]) =>
      EmbedOriginsBodySchema.safeParse({ origins }).error?.issues.map((i) => i.message) ?? [];
    expect(messages(['https://a.dk', 'https://A.dk:443'])).toEqual(['embed_origins_duplicate']);
    const many = Array.from({ length: Limits.embedOriginsMax + 1 }, (_, i) => `https://s${i}.dk`);
    expect(messages(many)).toEqual(['embed_origins_too_many']);
    expect(messages(many.slice(1))).toEqual([]);
    expect(EmbedOriginsBodySchema.parse({ origins: ['https://A.dk'] })).toEqual({
      origins: ['https://a.dk'],
    });
  });
});
