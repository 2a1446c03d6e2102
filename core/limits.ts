/** Shared input limits: one place for the server's schemas and the web's forms. */
export const Limits = {
  emailMax: 254,
  nameMax: 200,
  passwordMin: 12,
  passwordMax: 256,
  /** Demo accounts are seeded with a short password; real accounts never are. */
  tokenMax: 200,
  jsonBodyBytes: 1024 * 1024,
  auditPageMax: 200,
  /** Web sites one organisation may let show registration for its events (CORS origins). */
  embedOriginsMax: 20,
  embedOriginMax: 300,
} as const;
