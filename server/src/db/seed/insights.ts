import type { FocusAreaKey } from '../../../../core/programme-template.js';
import type { Trx } from '../../lib/context.js';
import { indexInsights, nextSearchKey } from '../../modules/insights/insights.search.js';
import type { NewInsightRow, NewInsightVersionRow } from '../../modules/insights/insights.tables.js';
import { stableId } from './municipality.js';

interface DemoInsight {
  statement: string;
  area: FocusAreaKey;
  /** A professional field's key (core/organisation.ts DEFAULT_FIELDS). */
  field: string;
  tags: string[];
  visibility: 'cohort' | 'organisation';
  /** The first version's text, for an insight its author has since edited. */
  before?: string;
}

/** What the leaders of "Topledelse hold 1" have learned so far; in order, newest first. */
const INSIGHTS: readonly DemoInsight[] = [
  {
    statement:
      'Når vi automatiserer visitationen, skal medarbejderne være med til at beskrive reglerne. Ellers automatiserer vi de gamle omveje.',
    area: 'automation',
    field: 'aeldre-og-sundhed',
    tags: ['visitation', 'regler'],
    visibility: 'organisation',
  },
  {
    statement:
      'Data om ventetider overbeviste byrådet hurtigere end ti gode argumenter. Vis tallene tidligt, og vis dem ofte.',
    area: 'data',
    field: 'administration',
    tags: ['ventetider', 'byråd'],
    visibility: 'organisation',
  },
  {
    statement:
      'En digital løsning bliver først brugt, når den sparer tid for den, der skal taste. Spørg dem først.',
    area: 'technology',
    field: 'it-og-digitalisering',
    tags: ['brugerinddragelse'],
    visibility: 'organisation',
    before: 'En digital løsning bliver brugt, når den sparer tid.',
  },
  {
    statement:
      'Skærmbesøg i hjemmeplejen virker for de borgere, der selv har valgt det, ikke for dem, der får det tildelt.',
    area: 'technology',
    field: 'aeldre-og-sundhed',
    tags: ['skærmbesøg', 'velfærdsteknologi'],
    visibility: 'organisation',
  },
  {
    statement:
      'Vi fik mere ud af at stoppe tre digitale projekter end af at starte et nyt. Fokus er også en ledelsesbeslutning.',
    area: 'coherence',
    field: 'administration',
    tags: ['prioritering'],
    visibility: 'organisation',
  },
  {
    statement:
      'Robotten i lønbogholderiet frigav to timer om dagen, men først da vi flyttede opgaverne bag den med.',
    area: 'automation',
    field: 'administration',
    tags: ['RPA', 'løn'],
    visibility: 'organisation',
  },
  {
    statement: 'Skolens trivselsdata giver kun mening, når lærerne selv er med til at tolke dem.',
    area: 'data',
    field: 'skole',
    tags: ['trivsel', 'dataforståelse'],
    visibility: 'cohort',
  },
  {
    statement:
      'Fælles sprog på tværs af forvaltninger kræver fælles begreber. Vi brugte et møde på at definere "en sag", og det var årets bedste møde.',
    area: 'coherence',
    field: 'administration',
    tags: ['begreber', 'samarbejde'],
    visibility: 'organisation',
  },
  {
    statement:
      'Medarbejderne i dagtilbud var mere digitale, end jeg troede. Det var mig, der havde brug for at lære forældreappen at kende.',
    area: 'technology',
    field: 'dagtilbud',
    tags: ['forældrekommunikation'],
    visibility: 'organisation',
  },
  {
    statement:
      'Automatisk sagsfordeling i jobcentret gav en jævnere arbejdsbyrde, men vi mistede overblikket over de svære sager. Nu kigger en kollega altid med.',
    area: 'automation',
    field: 'beskaeftigelse',
    tags: ['sagsfordeling'],
    visibility: 'organisation',
  },
  {
    statement: 'Et dashboard, ingen åbner, er ikke et ledelsesværktøj. Vi satte tre tal på tavlen i stedet.',
    area: 'data',
    field: 'teknik-og-miljoe',
    tags: ['dashboard', 'tavlemøder'],
    visibility: 'organisation',
  },
  {
    statement:
      'IT og HR skal sidde med fra første dag, når vi indfører nye løsninger, ikke først ved udrulningen.',
    area: 'coherence',
    field: 'it-og-digitalisering',
    tags: ['implementering', 'HR'],
    visibility: 'organisation',
  },
  {
    statement:
      'Sensorer i plejeboligerne sparede natterunder, men natholdet skulle have tid til at stole på dem.',
    area: 'technology',
    field: 'aeldre-og-sundhed',
    tags: ['sensorer', 'nattevagt'],
    visibility: 'cohort',
  },
  {
    statement:
      'Vores aktionslæringsspørgsmål blev bedre, da vi skrev det om fra "hvordan får vi dem til" til "hvad skal der til for".',
    area: 'coherence',
    field: 'social',
    tags: ['aktionslæring'],
    visibility: 'organisation',
  },
  {
    statement:
      'Digital selvbetjening på byggesager halverede telefonopkaldene, da vi skrev vejledningen sammen med borgerne.',
    area: 'technology',
    field: 'teknik-og-miljoe',
    tags: ['selvbetjening', 'byggesager'],
    visibility: 'organisation',
  },
  {
    statement:
      'Data fra materielgården viste, at vi kørte de samme ruter to gange. Chaufførerne vidste det godt, vi havde bare ikke spurgt.',
    area: 'data',
    field: 'teknik-og-miljoe',
    tags: ['ruteplanlægning'],
    visibility: 'organisation',
  },
  {
    statement:
      'Når jeg fortæller, hvorfor vi digitaliserer, og ikke kun hvad, falder modstanden. Formålet skal siges mange gange.',
    area: 'coherence',
    field: 'administration',
    tags: ['forandringsledelse', 'kommunikation'],
    visibility: 'organisation',
    before: 'Modstanden falder, når jeg forklarer hvorfor.',
  },
  {
    statement:
      'Chatbotten i borgerservice løste de enkle spørgsmål, så medarbejderne fik tid til de borgere, der har brug for en samtale.',
    area: 'automation',
    field: 'administration',
    tags: ['chatbot', 'borgerservice'],
    visibility: 'cohort',
  },
  {
    statement:
      'Læringssættet fik mig til at se, at min udfordring lignede en kollegas i dagtilbud. Nu løser vi den sammen.',
    area: 'coherence',
    field: 'dagtilbud',
    tags: ['læringssæt', 'på tværs'],
    visibility: 'cohort',
  },
  {
    statement:
      'Vi målte sygefraværet i stedet for at gætte. Mønstret hang sammen med vagtplanlægningen, ikke med trivslen.',
    area: 'data',
    field: 'aeldre-og-sundhed',
    tags: ['sygefravær', 'vagtplan'],
    visibility: 'organisation',
  },
  {
    statement:
      'Små forsøg på to uger giver mere læring end et stort projekt på to år. Evaluer hurtigt, og tør stoppe igen.',
    area: 'technology',
    field: 'it-og-digitalisering',
    tags: ['forsøg'],
    visibility: 'organisation',
    before: 'Små forsøg giver mere læring end store projekter.',
  },
  {
    statement:
      'Automatisering af fakturahåndteringen krævede rene stamdata. Oprydningen var det egentlige projekt.',
    area: 'automation',
    field: 'administration',
    tags: ['fakturaer', 'stamdata'],
    visibility: 'organisation',
  },
  {
    statement:
      'Elevernes egne data om deres læsning motiverede mere end karakterer. De ville se deres egen kurve stige.',
    area: 'data',
    field: 'skole',
    tags: ['læsning', 'elevdata'],
    visibility: 'cohort',
  },
  {
    statement:
      'Det digitale genoptræningsforløb virkede bedst, når terapeuten mødte borgeren fysisk første gang.',
    area: 'technology',
    field: 'aeldre-og-sundhed',
    tags: ['rehabilitering', 'genoptræning'],
    visibility: 'organisation',
  },
  {
    statement:
      'Projekter på tværs går i stå, når ingen direktør ejer dem. Vi fik en fælles ejer, og så skete der noget.',
    area: 'coherence',
    field: 'administration',
    tags: ['ejerskab', 'styring'],
    visibility: 'cohort',
  },
  {
    statement:
      'Kunstig intelligens til journalnotater sparede tid, men vi skulle først aftale, hvem der har ansvaret for teksten.',
    area: 'automation',
    field: 'social',
    tags: ['kunstig intelligens', 'journalisering'],
    visibility: 'organisation',
  },
  {
    statement: 'Vejledningen fik bedre kontakt med de unge via sms end via digital post.',
    area: 'technology',
    field: 'beskaeftigelse',
    tags: ['unge', 'kommunikation'],
    visibility: 'organisation',
  },
  {
    statement:
      'Vi delte data om udsatte børn mellem skole og socialområdet, forsigtigt og med hjemmel, og fandt børnene tidligere.',
    area: 'data',
    field: 'social',
    tags: ['tidlig indsats', 'datadeling'],
    visibility: 'cohort',
  },
  {
    statement:
      'Biblioteket blev et sted, hvor borgerne lærer at bruge MitID. Det var ikke planlagt, men det giver god mening.',
    area: 'coherence',
    field: 'kultur-og-fritid',
    tags: ['digital inklusion', 'MitID'],
    visibility: 'organisation',
  },
  {
    statement:
      'Jeg troede, at automatisering handlede om teknologi. Det handler mest om at beslutte, hvad der er godt nok.',
    area: 'automation',
    field: 'it-og-digitalisering',
    tags: ['beslutninger'],
    visibility: 'cohort',
  },
];

const DAY = 86_400_000;

/**
 * Demo Kommune's insights library: 30 insights by the participants of "Topledelse hold 1" (ids
 * `insight:1` … `insight:30`), shared with the cohort or the whole organisation, across the four
 * focus areas and several fields, written over the last six weeks; three were edited once, so
 * their history has two versions.
 */
export async function insertDemoInsights(trx: Trx, organisationId: string, now: Date): Promise<void> {
  const cohortId = stableId('cohort:topledelse-1');
  const authors = await trx
    .selectFrom('cohort_participants as cp')
    .innerJoin('persons as p', 'p.id', 'cp.person_id')
    .select(['p.id', 'p.user_id'])
    .where('cp.cohort_id', '=', cohortId)
    .orderBy('p.external_id')
    .execute();
  const fields = new Map(
    (
      await trx
        .selectFrom('professional_fields')
        .select(['id', 'key'])
        .where('organisation_id', '=', organisationId)
        .execute()
    ).map((f) => [f.key, f.id]),
  );
  const firstKey = await nextSearchKey(trx);
  const rows: NewInsightRow[] = [];
  const versions: NewInsightVersionRow[] = [];
  INSIGHTS.forEach((d, i) => {
    const author = authors[(i * 7) % authors.length]!;
    const id = stableId(`insight:${i + 1}`);
    const created = new Date(now.getTime() - (i * 1.4 + 0.5) * DAY).toISOString();
    const edited = d.before ? new Date(now.getTime() - (i * 1.4 + 0.2) * DAY).toISOString() : created;
    const fieldId = fields.get(d.field) ?? null;
    const tags = JSON.stringify(d.tags);
    rows.push({
      id,
      organisation_id: organisationId,
      author_user_id: author.user_id,
      author_person_id: author.id,
      cohort_id: cohortId,
      set_id: null,
      visibility: d.visibility,
      source_type: null,
      source_id: null,
      statement: d.statement,
      field_id: fieldId,
      tags,
      version: d.before ? 2 : 1,
      search_key: firstKey === null ? null : firstKey + i,
      created_at: created,
      updated_at: edited,
    });
    const version = (n: number, statement: string, at: string): NewInsightVersionRow => ({
      insight_id: id,
      organisation_id: organisationId,
      version: n,
      statement,
      tags,
      focus_area_ids: JSON.stringify([stableId(`focus-area:${d.area}`)]),
      field_id: fieldId,
      visibility: d.visibility,
      set_id: null,
      edited_by_user_id: author.user_id,
      created_at: at,
    });
    versions.push(version(1, d.before ?? d.statement, created));
    if (d.before) versions.push(version(2, d.statement, edited));
  });
  await trx.insertInto('insights').values(rows).execute();
  await trx
    .insertInto('insight_focus_areas')
    .values(
      INSIGHTS.map((d, i) => ({
        insight_id: stableId(`insight:${i + 1}`),
        organisation_id: organisationId,
        focus_area_id: stableId(`focus-area:${d.area}`),
      })),
    )
    .execute();
  await trx.insertInto('insight_versions').values(versions).execute();
  await indexInsights(
    trx,
    rows.map((r, i) => ({
      search_key: r.search_key ?? null,
      organisation_id: organisationId,
      statement: r.statement,
      tags: INSIGHTS[i]!.tags,
    })),
  );
}
