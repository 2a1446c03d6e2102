import { z } from 'zod';

/** Typed configuration, read once from the environment. Every setting has a safe default for a laptop. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  demo: boolean;
  /** Administrators must use a second factor (always outside the demo). */
  adminSecondFactor: boolean;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  /** Login attempts per client address per minute; 0 turns the limit off. */
  loginRateLimit: number;
  /** Requests to the public event API per client address per minute; 0 turns the limit off. */
  publicRateLimit: number;
  /** Dietary needs (may reveal health or religion) are deleted this many days after an event. */
  dietaryRetentionDays: number;
  /** Registrants of an event are anonymised this many months after it. */
  registrantRetentionMonths: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  sessionIdleHours: number;
  webDistDir: string;
  jobPollMs: number;
  /** How often the runner looks for activities whose reminder is due. */
  reminderScanMs: number;
  /** Run the background job runner in this process. */
  runJobs: boolean;
  /** Seals stored secrets (TOTP secrets, the identity provider's client secret). */
  secretKey: string | null;
  /** Where the key is kept when AKTION_SECRET_KEY is not set (made on first start). */
  secretKeyFile: string;
}

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
    .default('sqlite:data/aktion.sqlite'),
  AKTION_DEMO: flag.default(true),
  AKTION_PUBLIC_URL: z.url().optional(),
  SMTP_URL: z.string().min(1).optional(),
  AKTION_MAIL_FROM: z.string().default('Aktion <no-reply@aktion.local>'),
  AKTION_LOGIN_RATE_LIMIT: z.coerce.number().int().min(0).default(10),
  AKTION_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(0).default(60),
  AKTION_DIETARY_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  AKTION_REGISTRANT_RETENTION_MONTHS: z.coerce.number().int().min(1).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AKTION_TRUST_PROXY: flag.default(false),
  AKTION_SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  AKTION_WEB_DIST: z.string().default('dist/web'),
  AKTION_JOB_POLL_MS: z.coerce.number().int().positive().default(1000),
  AKTION_REMINDER_SCAN_MS: z.coerce.number().int().positive().default(60_000),
  AKTION_RUN_JOBS: flag.default(true),
  AKTION_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  AKTION_SECRET_FILE: z.string().default('data/secret.key'),
});

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    demo: e.AKTION_DEMO,
    adminSecondFactor: !e.AKTION_DEMO,
    publicUrl: (e.AKTION_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.AKTION_MAIL_FROM,
    loginRateLimit: e.AKTION_LOGIN_RATE_LIMIT,
    publicRateLimit: e.AKTION_PUBLIC_RATE_LIMIT,
    dietaryRetentionDays: e.AKTION_DIETARY_RETENTION_DAYS,
    registrantRetentionMonths: e.AKTION_REGISTRANT_RETENTION_MONTHS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.AKTION_TRUST_PROXY,
    sessionIdleHours: e.AKTION_SESSION_IDLE_HOURS,
    webDistDir: e.AKTION_WEB_DIST,
    jobPollMs: e.AKTION_JOB_POLL_MS,
    reminderScanMs: e.AKTION_REMINDER_SCAN_MS,
    runJobs: e.AKTION_RUN_JOBS,
    secretKey: e.AKTION_SECRET_KEY ?? null,
    secretKeyFile: e.AKTION_SECRET_FILE,
  };
}

/** Configuration for tests: in-memory defaults, overridable per test. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ LOG_LEVEL: 'silent', AKTION_DEMO: '0', AKTION_RUN_JOBS: '0' }),
    databaseUrl: 'sqlite::memory:',
    secretKey: 'test-secret-key-that-is-at-least-32-characters',
    // Most tests sign administrators in with a password alone; the second-factor tests turn it on.
    adminSecondFactor: false,
    ...overrides,
  };
}
