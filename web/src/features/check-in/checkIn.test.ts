import { describe, expect, it } from 'vitest';
import type { RegistrationRes } from '../../../../core/schemas/events.js';
import { arrivalsOf, looksLikeTicketToken, normaliseCode, searchAttendees } from './checkIn.js';

const reg = (name: string, over: Partial<RegistrationRes> = {}): RegistrationRes => ({
  id: name,
  status: 'confirmed',
  name,
  email: `${name}@x.dk`,
  jobTitle: null,
  organisation: 'Viborg Kommune',
  ean: null,
  cvr: null,
  orderReference: null,
  invoiceContact: null,
  dietaryNeeds: null,
  price: { exVatOre: 0, vatOre: 0, inclVatOre: 0 },
  waitingPosition: null,
  checkedInAt: null,
  createdAt: '2027-01-01T00:00:00Z',
  ...over,
});

describe('normaliseCode', () => {
  it('accepts six letters and digits, typed in any case, with spaces or a dash', () => {
    expect(normaliseCode('k7m2qx')).toBe('K7M2QX');
    expect(normaliseCode(' K7M 2QX ')).toBe('K7M2QX');
    expect(normaliseCode('K7M-2QX')).toBe('K7M2QX');
  });
  it('refuses anything else', () => {
    expect(normaliseCode('')).toBeNull();
    expect(normaliseCode('K7M2Q')).toBeNull();
    expect(normaliseCode('K7M2QXY')).toBeNull();
    expect(normaliseCode('K7M2Ø1')).toBeNull();
  });
});

describe('looksLikeTicketToken', () => {
  it('takes a long token and refuses short text, spaces and web addresses with spaces', () => {
    expect(looksLikeTicketToken('a'.repeat(43))).toBe(true);
    expect(looksLikeTicketToken('hello')).toBe(false);
    expect(looksLikeTicketToken(`${'a'.repeat(30)} b`)).toBe(false);
  });
});

describe('searchAttendees', () => {
  const items = [
    reg('Mette Hansen'),
    reg('Søren Ærø', { organisation: 'Aarhus Kommune' }),
    reg('Mette Jensen', { status: 'waitlisted' }),
    reg('Hans Mette', { status: 'cancelled' }),
  ];
  it('finds confirmed people by every word, in any order, ignoring case and accents', () => {
    expect(searchAttendees(items, 'hansen mette').map((r) => r.name)).toEqual(['Mette Hansen']);
    expect(searchAttendees(items, 'METTE').map((r) => r.name)).toEqual(['Mette Hansen']);
    expect(searchAttendees(items, 'søren').map((r) => r.name)).toEqual(['Søren Ærø']);
    expect(searchAttendees(items, 'aarhus').map((r) => r.name)).toEqual(['Søren Ærø']);
  });
  it('shows nothing for an empty search', () => {
    expect(searchAttendees(items, '  ')).toEqual([]);
  });
  it('counts confirmed arrivals', () => {
    expect(arrivalsOf([reg('A', { checkedInAt: '2027-01-01T08:00:00Z' }), reg('B')])).toBe(1);
  });
});
