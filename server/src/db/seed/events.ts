import { addDays, copenhagenDate, copenhagenInstant, weekday } from '../../../../core/time.js';
import type { Trx } from '../../lib/context.js';
import type { NewEventRow } from '../../modules/events/events.tables.js';
import { stableId } from './municipality.js';

export const DEMO_CONFERENCE_SLUG = 'hr-moeder-digitalisering';

/** The first Monday at least `days` after `now`, by the Copenhagen calendar. */
export function firstMondayAfter(now: Date, days: number): string {
  const earliest = addDays(copenhagenDate(now), days);
  return addDays(earliest, (7 - weekday(earliest)) % 7);
}

const iso = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

/**
 * The conference "HR møder digitalisering" as a published public event (venue, price, terms and
 * times of day as KL held it in 2024), and two internal workshops with few seats. Contact persons
 * are fictional.
 */
export function demoEvents(organisationId: string, now: Date): NewEventRow[] {
  const at = now.toISOString();
  const day = firstMondayAfter(now, 90);
  const common = {
    organisation_id: organisationId,
    status: 'published',
    online_url: null,
    waiting_list: 1,
    vat_rate_bp: 2500,
    cancellable_until: null,
    allow_duplicate_email: 0,
    offer_hold_hours: 48,
    published_at: at,
    created_at: at,
    updated_at: at,
  } as const;
  const conference: NewEventRow = {
    ...common,
    id: stableId('event:conference'),
    slug: DEMO_CONFERENCE_SLUG,
    title: 'HR møder digitalisering',
    description:
      'En dag for HR, ledere og digitaliseringsfolk om at lede den digitale udvikling sammen.\n\nVi ser på, hvordan HR og IT kan arbejde tæt med kerneopgaven, hvordan ledere får mod til at prøve ny teknologi i deres egen opgave, og hvordan alle medarbejdere kommer med.\n\nDagen byder på oplæg, erfaringer fra kommuner og tid til at tale med kolleger fra hele landet.',
    starts_at: iso(day, '09:30'),
    ends_at: iso(day, '16:30'),
    check_in_from: iso(day, '08:30'),
    venue_name: 'Comwell Kolding',
    address: 'Skovbrynet 1, 6000 Kolding',
    capacity: 300,
    price_ex_vat_ore: 217_500,
    registration_deadline: iso(addDays(day, -7), '09:30'),
    terms_kind: 'binding',
    // Binding, but a colleague may take the seat until the day begins.
    substitution_until: iso(day, '09:30'),
    target_audience: 'HR-chefer, HR-konsulenter, ledere og digitaliseringskonsulenter i kommuner og regioner',
    contacts: JSON.stringify([
      {
        name: 'Lone Berg',
        title: 'Konsulent',
        unit: 'Personale og Organisation',
        phone: '7011 2233',
        email: 'lone.berg@demo.aktion.dk',
      },
      {
        name: 'Jonas Møller',
        title: 'Digitaliseringskonsulent',
        unit: 'IT og Digitalisering',
        phone: '7011 2244',
        email: 'jonas.moeller@demo.aktion.dk',
      },
    ]),
    visibility: 'public',
  };
  const workshop = (
    n: number,
    title: string,
    description: string,
    daysAhead: number,
    capacity: number,
  ): NewEventRow => {
    // On a weekday: a Saturday or Sunday moves to the Monday after.
    const ahead = addDays(copenhagenDate(now), daysAhead);
    const date = weekday(ahead) >= 5 ? addDays(ahead, 7 - weekday(ahead)) : ahead;
    return {
      ...common,
      id: stableId(`event:workshop:${n}`),
      slug: `demo-kommune-workshop-${n}`,
      title,
      description,
      starts_at: iso(date, '13:00'),
      ends_at: iso(date, '16:00'),
      check_in_from: iso(date, '12:45'),
      venue_name: 'Rådhuset, mødelokale 2',
      address: 'Torvet 1, Demo By',
      capacity,
      price_ex_vat_ore: 0,
      registration_deadline: iso(addDays(date, -2), '12:00'),
      terms_kind: 'binding',
      substitution_until: iso(date, '13:00'),
      target_audience: 'Ledere i forløbet Digital ledelse',
      contacts: JSON.stringify([
        {
          name: 'Lone Berg',
          title: 'Konsulent',
          unit: 'Personale og Organisation',
          phone: '7011 2233',
          email: 'lone.berg@demo.aktion.dk',
        },
      ]),
      visibility: 'organisation',
    };
  };
  return [
    conference,
    workshop(
      1,
      'Workshop: Automatisering i din egen opgave',
      'Vi finder opgaver i jeres eget område, hvor automatisering kan give tid til kerneopgaven.',
      30,
      20,
    ),
    workshop(
      2,
      'Workshop: Data, du kan lede efter',
      'Hvilke tal har du brug for i din hverdag som leder, og hvordan får du dem?',
      45,
      16,
    ),
  ];
}

export async function insertDemoEvents(trx: Trx, organisationId: string, now: Date): Promise<void> {
  await trx.insertInto('events').values(demoEvents(organisationId, now)).execute();
}
