import { describe, expect, it } from 'vitest';
import { formatDuration, joinDuration, spellDuration, splitDuration, totalMinutes } from './duration.js';

const DA = { hour: 'time', hours: 'timer', minute: 'minut', minutes: 'minutter', and: 'og' };

describe('durations', () => {
  it('shows minutes as hours and minutes', () => {
    expect(formatDuration(180, 'da')).toBe('3 t');
    expect(formatDuration(150, 'da')).toBe('2 t 30 min');
    expect(formatDuration(45, 'da')).toBe('45 min');
    expect(formatDuration(90, 'en')).toBe('1 h 30 min');
  });

  it('spells them out in words', () => {
    expect(spellDuration(150, DA)).toBe('2 timer og 30 minutter');
    expect(spellDuration(60, DA)).toBe('1 time');
    expect(spellDuration(1, DA)).toBe('1 minut');
    expect(spellDuration(0, DA)).toBe('0 minutter');
  });

  it('splits and joins the editor fields', () => {
    expect(splitDuration(150)).toEqual({ hours: '2', minutes: '30' });
    expect(joinDuration('2', '30')).toBe(150);
    expect(joinDuration('', '45')).toBe(45);
    expect(joinDuration(' 3 ', '')).toBe(180);
    expect(joinDuration('2,5', '0')).toBeNull();
    expect(joinDuration('1', '60')).toBeNull();
    expect(joinDuration('-1', '0')).toBeNull();
  });

  it('adds up modules', () => {
    expect(totalMinutes([{ durationMinutes: 120 }, { durationMinutes: 45 }])).toBe(165);
    expect(totalMinutes([])).toBe(0);
  });
});
