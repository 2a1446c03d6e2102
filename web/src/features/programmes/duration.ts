/** Minutes as hours and minutes in words: "3 t", "2 t 30 min", "45 min" (English "3 h 30 min"). */
export function formatDuration(minutes: number, language: string): string {
  const hourUnit = language === 'en' ? 'h' : 't';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} ${hourUnit}` : `${h} ${hourUnit} ${m} min`;
}

/** The same in full words for screen readers and tables: "2 timer og 30 minutter". */
export function spellDuration(
  minutes: number,
  words: { hour: string; hours: string; minute: string; minutes: string; and: string },
): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h > 0 ? `${h} ${h === 1 ? words.hour : words.hours}` : '';
  const mins = m > 0 || h === 0 ? `${m} ${m === 1 ? words.minute : words.minutes}` : '';
  return [hours, mins].filter(Boolean).join(` ${words.and} `);
}

/** The editor's two fields from minutes. */
export function splitDuration(minutes: number): { hours: string; minutes: string } {
  return { hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) };
}

/** Minutes from the editor's hours and minutes fields (blank counts as 0); null when not whole numbers. */
export function joinDuration(hours: string, minutes: string): number | null {
  const whole = (s: string) => {
    const t = s.trim();
    if (t === '') return 0;
    return /^\d{1,4}$/.test(t) ? Number(t) : null;
  };
  const h = whole(hours);
  const m = whole(minutes);
  if (h === null || m === null || m > 59) return null;
  return h * 60 + m;
}

/** The sum of some modules' durations. */
export function totalMinutes(modules: ReadonlyArray<{ durationMinutes: number }>): number {
  return modules.reduce((sum, m) => sum + m.durationMinutes, 0);
}
