import { describe, expect, it } from 'vitest';
import { priceLine } from '../../../../core/money.js';
import { DEMO_CONFERENCE_SLUG, demoEvents, firstMondayAfter } from './events.js';

describe('demo events', () => {
  it('puts the conference on the first Monday at least 90 days ahead, 9:30–16:30 in Kolding', () => {
    const now = new Date('2026-11-27T10:00:00Z'); // a Friday
    expect(firstMondayAfter(now, 90)).toBe('2027-03-01'); // 90 days ahead is Thursday 25 February
    const [conference, ...workshops] = demoEvents('org', now);
    expect(conference).toMatchObject({
      slug: DEMO_CONFERENCE_SLUG,
      status: 'published',
      visibility: 'public',
      venue_name: 'Comwell Kolding',
      address: 'Skovbrynet 1, 6000 Kolding',
      capacity: 300,
      terms_kind: 'binding',
      // Winter time: 9:30 in Copenhagen is 8:30 UTC.
      starts_at: '2027-03-01T08:30:00.000Z',
      ends_at: '2027-03-01T15:30:00.000Z',
      check_in_from: '2027-03-01T07:30:00.000Z',
      registration_deadline: '2027-02-22T08:30:00.000Z',
    });
    expect(priceLine(conference?.price_ex_vat_ore ?? 0, conference?.vat_rate_bp ?? 0).inclVatOre).toBe(
      271_875,
    );
    // 30 days after 27 November 2026 is a Sunday: the workshop moves to Monday.
    expect(workshops[0]?.starts_at).toBe('2026-12-28T12:00:00.000Z');
    expect(workshops.map((w) => [w.visibility, w.price_ex_vat_ore, w.capacity])).toEqual([
      ['organisation', 0, 20],
      ['organisation', 0, 16],
    ]);
  });

  it('takes a Monday that is exactly 90 days ahead, and summer time into account', () => {
    expect(firstMondayAfter(new Date('2027-03-09T12:00:00Z'), 90)).toBe('2027-06-07');
    const [conference] = demoEvents('org', new Date('2027-03-09T12:00:00Z'));
    expect(conference?.starts_at).toBe('2027-06-07T07:30:00.000Z');
  });
});
