import { createHash } from 'node:crypto';
import type { Level, UnitKind } from '../../../../core/organisation.js';
import { mulberry32 } from '../../../../core/random.js';
import { FIRST_NAMES, LAST_NAMES, PLACES } from './names.js';

/** The seeded random source: the same seed gives the same municipality. */
export const seededRandom = mulberry32;

export interface GenUnit {
  key: string;
  externalId: string;
  name: string;
  kind: UnitKind;
  parentKey: string | null;
  /** The professional field most people here have (a field key), if any. */
  field: string | null;
  /** How many employees the unit has, relative to other units. */
  weight: number;
}

export interface GenPerson {
  externalId: string;
  name: string;
  email: string;
  jobTitle: string;
  unitKey: string;
  level: Level;
  field: string | null;
  /** Manager of this unit (the unit's key), if the person leads it. */
  manages: string | null;
}

export interface Municipality {
  units: GenUnit[];
  persons: GenPerson[];
}

export interface MunicipalitySize {
  employees: number;
  leaders: number;
}

export const MID_SIZE: MunicipalitySize = { employees: 6000, leaders: 350 };

interface AreaPlan {
  name: string;
  departments: Array<{
    name: string;
    field: string;
    institution: string;
    count: number;
    teams: number;
    weight: number;
  }>;
}

/** Six areas of a mid-size municipality; institutions come out to about 80, units to about 150. */
const AREAS: AreaPlan[] = [
  {
    name: 'Børn og Unge',
    departments: [
      { name: 'Skoler', field: 'skole', institution: 'skolen', count: 16, teams: 10, weight: 50 },
      { name: 'Dagtilbud', field: 'dagtilbud', institution: 'Børnehuset', count: 22, teams: 2, weight: 18 },
      { name: 'PPR og Sundhedspleje', field: 'skole', institution: '', count: 0, teams: 2, weight: 25 },
    ],
  },
  {
    name: 'Ældre og Sundhed',
    departments: [
      {
        name: 'Plejecentre',
        field: 'aeldre-og-sundhed',
        institution: 'Plejecenter',
        count: 12,
        teams: 10,
        weight: 60,
      },
      {
        name: 'Hjemmeplejen',
        field: 'aeldre-og-sundhed',
        institution: 'Hjemmepleje',
        count: 4,
        teams: 6,
        weight: 70,
      },
      {
        name: 'Træning og Rehabilitering',
        field: 'aeldre-og-sundhed',
        institution: '',
        count: 0,
        teams: 2,
        weight: 20,
      },
    ],
  },
  {
    name: 'Social og Handicap',
    departments: [
      { name: 'Bosteder', field: 'social', institution: 'Bostedet', count: 8, teams: 2, weight: 30 },
      { name: 'Myndighed', field: 'social', institution: '', count: 0, teams: 2, weight: 20 },
    ],
  },
  {
    name: 'Beskæftigelse',
    departments: [
      { name: 'Jobcenter', field: 'beskaeftigelse', institution: '', count: 0, teams: 5, weight: 25 },
      { name: 'Ydelsescenter', field: 'beskaeftigelse', institution: '', count: 0, teams: 2, weight: 30 },
    ],
  },
  {
    name: 'Teknik og Miljø',
    departments: [
      {
        name: 'Vej og Park',
        field: 'teknik-og-miljoe',
        institution: 'Materielgård',
        count: 2,
        teams: 2,
        weight: 25,
      },
      { name: 'Byg og Miljø', field: 'teknik-og-miljoe', institution: '', count: 0, teams: 2, weight: 25 },
    ],
  },
  {
    name: 'Kultur og Fritid',
    departments: [
      {
        name: 'Biblioteker',
        field: 'kultur-og-fritid',
        institution: 'Bibliotek',
        count: 4,
        teams: 2,
        weight: 8,
      },
      {
        name: 'Fritid og Idræt',
        field: 'kultur-og-fritid',
        institution: 'Idrætscenter',
        count: 3,
        teams: 0,
        weight: 8,
      },
    ],
  },
];

const STAFF = [
  {
    name: 'Personale og Organisation',
    field: 'administration',
    teams: ['HR-jura', 'Organisation og Ledelse'],
  },
  {
    name: 'IT og Digitalisering',
    field: 'it-og-digitalisering',
    teams: ['Drift og Support', 'Digital Udvikling'],
  },
  { name: 'Økonomi og Analyse', field: 'administration', teams: ['Budget', 'Data og Analyse'] },
];

/** Builds the unit tree: direktion, three staff functions, six areas, departments, institutions, teams. */
function buildUnits(rand: () => number): GenUnit[] {
  const units: GenUnit[] = [];
  let n = 0;
  const add = (u: Omit<GenUnit, 'externalId' | 'key'>, key?: string): string => {
    n++;
    const k = key ?? `u${n}`;
    units.push({ ...u, key: k, externalId: `ENH-${String(n).padStart(4, '0')}` });
    return k;
  };
  const top = add(
    { name: 'Direktionen', kind: 'direktion', parentKey: null, field: 'administration', weight: 2 },
    'direktion',
  );
  for (const s of STAFF) {
    const staff = add({ name: s.name, kind: 'stab', parentKey: top, field: s.field, weight: 6 }, s.name);
    for (const t of s.teams) add({ name: t, kind: 'team', parentKey: staff, field: s.field, weight: 10 });
  }
  const used = new Set<string>();
  const placeName = (suffix: string) => {
    for (let tries = 0; tries < 200; tries++) {
      const place = PLACES[Math.floor(rand() * PLACES.length)] ?? 'Vest';
      const name = suffix === 'skolen' ? `${place}${suffix}` : `${suffix} ${place}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    return `${suffix} ${used.size}`;
  };
  for (const area of AREAS) {
    const a = add(
      {
        name: area.name,
        kind: 'forvaltning',
        parentKey: top,
        field: area.departments[0]?.field ?? null,
        weight: 3,
      },
      area.name,
    );
    for (const d of area.departments) {
      const dep = add({
        name: d.name,
        kind: 'afdeling',
        parentKey: a,
        field: d.field,
        weight: d.count ? 3 : d.weight,
      });
      const institutions: string[] = [];
      for (let i = 0; i < d.count; i++) {
        institutions.push(
          add({
            name: placeName(d.institution),
            kind: 'institution',
            parentKey: dep,
            field: d.field,
            weight: d.weight,
          }),
        );
      }
      for (let i = 0; i < d.teams; i++) {
        const parent = institutions.length ? (institutions[i % institutions.length] ?? dep) : dep;
        const parentName = units.find((u) => u.key === parent)?.name ?? d.name;
        const letter = 'ABCDEFGHIJ'[Math.floor(i / Math.max(1, institutions.length))] ?? String(i);
        add({
          name: `${parentName}, team ${letter}`,
          kind: 'team',
          parentKey: parent,
          field: d.field,
          weight: d.weight / 2,
        });
      }
    }
  }
  return units;
}

const MANAGER_LEVEL: Record<UnitKind, Level> = {
  direktion: 'direktør',
  forvaltning: 'chef',
  stab: 'chef',
  afdeling: 'chef',
  institution: 'leder',
  team: 'teamleder',
};

const TITLES: Record<string, string[]> = {
  skole: ['Lærer', 'Pædagog', 'Skolesekretær', 'Pædagogisk assistent'],
  dagtilbud: ['Pædagog', 'Pædagogmedhjælper', 'Pædagogisk assistent'],
  'aeldre-og-sundhed': [
    'Social- og sundhedsassistent',
    'Social- og sundhedshjælper',
    'Sygeplejerske',
    'Fysioterapeut',
  ],
  social: ['Socialrådgiver', 'Pædagog', 'Socialpædagog'],
  beskaeftigelse: ['Jobkonsulent', 'Sagsbehandler', 'Virksomhedskonsulent'],
  'teknik-og-miljoe': ['Ingeniør', 'Byggesagsbehandler', 'Gartner', 'Vejarbejder'],
  'kultur-og-fritid': ['Bibliotekar', 'Kulturmedarbejder', 'Driftsmedarbejder'],
  administration: ['HR-konsulent', 'Økonomikonsulent', 'Administrativ medarbejder', 'Jurist'],
  'it-og-digitalisering': [
    'IT-konsulent',
    'Digitaliseringskonsulent',
    'Systemadministrator',
    'Dataanalytiker',
  ],
};

/** A fictional municipality of the given size; deterministic for a given seed. */
export function generateMunicipality(seed = 2026, size: MunicipalitySize = MID_SIZE): Municipality {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const units = buildUnits(rand);
  const persons: GenPerson[] = [];
  const emails = new Map<string, number>();
  const person = (unit: GenUnit, level: Level, jobTitle: string, manages: string | null): GenPerson => {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const base = `${first}.${last}`.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
    const seen = emails.get(base) ?? 0;
    emails.set(base, seen + 1);
    const p: GenPerson = {
      externalId: `MED-${String(persons.length + 1).padStart(5, '0')}`,
      name: `${first} ${last}`,
      email: `${base}${seen ? seen + 1 : ''}@demo.aktion.dk`,
      jobTitle,
      unitKey: unit.key,
      level,
      field: unit.field,
      manages,
    };
    persons.push(p);
    return p;
  };
  const titleOf: Record<Level, string> = {
    direktør: 'Direktør',
    chef: 'Chef',
    leder: 'Leder',
    teamleder: 'Teamleder',
    medarbejder: 'Medarbejder',
  };
  // Every unit has a manager.
  for (const u of units)
    person(
      u,
      MANAGER_LEVEL[u.kind],
      u.kind === 'direktion' ? 'Kommunaldirektør' : titleOf[MANAGER_LEVEL[u.kind]],
      u.key,
    );
  // Two more directors, then deputies and team leaders in institutions until the leaders add up.
  const direktion = units[0]!;
  person(direktion, 'direktør', 'Direktør', null);
  person(direktion, 'direktør', 'Direktør', null);
  const institutions = units.filter((u) => u.kind === 'institution');
  for (let i = 0; persons.length < size.leaders; i++) {
    const u = institutions[i % institutions.length]!;
    if (i < institutions.length) person(u, 'leder', 'Souschef', null);
    else person(u, 'teamleder', 'Teamleder', null);
  }
  // Employees, spread by the units' weights.
  const total = units.reduce((s, u) => s + u.weight, 0);
  let placed = 0;
  units.forEach((u, i) => {
    const share =
      i === units.length - 1 ? size.employees - placed : Math.round((u.weight / total) * size.employees);
    const count = Math.max(0, Math.min(share, size.employees - placed));
    for (let k = 0; k < count; k++)
      person(u, 'medarbejder', pick(TITLES[u.field ?? 'administration'] ?? ['Medarbejder']), null);
    placed += count;
  });
  return { units, persons };
}

/** A stable UUID-shaped id from a name (the demo's links stay the same between installs). */
export function stableId(name: string): string {
  const h = createHash('sha256').update(`aktion-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
