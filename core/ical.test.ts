import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, fold, icalendar } from './ical.js';

const winter = {
  uid: 'a@aktion',
  title: 'HR møder digitalisering',
  description: 'Oplæg, erfaringer; og tid, til at tale.\nAnden linje.',
  startsAt: '2027-03-01T08:30:00.000Z',
  endsAt: '2027-03-01T15:30:00.000Z',
  location: 'Comwell Kolding, Skovbrynet 1, 6000 Kolding',
  url: 'https://aktion.example/arrangementer/hr-moeder-digitalisering',
  updatedAt: '2026-11-27T10:00:00.000Z',
};
const summer = {
  ...winter,
  uid: 'b@aktion',
  startsAt: '2027-06-07T07:30:00.000Z',
  endsAt: '2027-06-07T14:30:00.000Z',
};

describe('iCalendar', () => {
  it('parses with a real iCalendar parser, with the right local times across summer time', () => {
    const text = icalendar([winter, summer], 'Demo Kommune');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.summary)).toEqual(['HR møder digitalisering', 'HR møder digitalisering']);
    // 9:30 in Copenhagen: 8:30 UTC in winter, 7:30 UTC in summer.
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      winter.startsAt,
      summer.startsAt,
    ]);
    expect(events.map((e) => e.endDate.toJSDate().toISOString())).toEqual([winter.endsAt, summer.endsAt]);
    expect(events.map((e) => `${e.startDate.hour}:${e.startDate.minute}`)).toEqual(['9:30', '9:30']);
    expect(events[0]?.description).toBe(winter.description);
    expect(events[0]?.location).toBe(winter.location);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'æ'.repeat(100)}`;
    const folded = fold(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(icalendar([winter], 'x').endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
