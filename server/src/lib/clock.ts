/** The source of "now", replaceable in tests (expiry of links, job back-off). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move forward. */
export class FakeClock implements Clock {
  constructor(private current = new Date('2026-11-27T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const addMs = (d: Date, ms: number): Date => new Date(d.getTime() + ms);
export const iso = (d: Date): string => d.toISOString();
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
