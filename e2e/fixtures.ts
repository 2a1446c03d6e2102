import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import type { MeRes } from '../core/schemas/auth.js';

export const DEMO_PASSWORD = 'aktion-demo';
export const DEMO = {
  admin: 'admin@demo.aktion.dk',
  facilitator: 'facilitator@demo.aktion.dk',
  participant: 'leder@demo.aktion.dk',
  observer: 'direktion@demo.aktion.dk',
  employee: 'medarbejder@demo.aktion.dk',
} as const;
export type DemoRole = keyof typeof DEMO;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, headless, with extra switches (e.g. a fake camera) when given. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * A browser suite: skipped, with a notice from the global setup, when Debian's Chromium is
 * missing (never under CI=true, where the setup fails instead).
 */
export function describeBrowser(name: string, suite: (browser: () => Browser) => void): void {
  const run = inject('chromium') ? describe : describe.skip;
  run(name, () => {
    let browser: Browser | null = null;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });
    suite(() => {
      if (!browser) throw new Error('browser not started');
      return browser;
    });
  });
}

export const baseURL = () => inject('baseURL');

/** A browser context signed in through the API (the session cookie lands in the context). */
export async function signedInContext(
  browser: Browser,
  email: string,
): Promise<{ context: BrowserContext; me: MeRes }> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: 'da-DK' });
  const res = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return { context, me: (await res.json()) as MeRes };
}

/** axe with the WCAG 2.1 A and AA rules; returns the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A full-page screenshot into $AKTION_SHOTS (for looking at a page by eye); nothing when unset. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.AKTION_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
