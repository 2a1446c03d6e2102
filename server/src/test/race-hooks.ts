import type { DocumentRaceHooks } from '../lib/document-versions.js';
import type { RegistrationRaceHooks } from '../modules/events/registration.service.js';

// A hook that turns a lock off must never reach a running installation.
if (!process.env.VITEST) throw new Error('server/src/test/race-hooks.ts is for tests only');

/** The registration path without its lock, waiting `delayMs` between counting and inserting. */
export function overbookingHooks(delayMs: number): RegistrationRaceHooks {
  return {
    unsafeWithoutLock: true,
    betweenCountAndInsert: () => new Promise((resolve) => setTimeout(resolve, delayMs)),
  };
}

/** Saving a versioned document (the responsibility matrix) without its revision guard. */
export function lostUpdateHooks(): DocumentRaceHooks {
  return { unsafeWithoutRevision: true };
}
