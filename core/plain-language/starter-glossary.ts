/**
 * The built-in starting glossary: common digital terms with plain Danish explanations, written
 * for this project for leaders who are not technologists. Each explanation is one to three short
 * sentences (LIX at most 35, the default glossary target) and uses no other term of this list
 * without explaining it; the tests hold it to that.
 */
import type { GlossaryEntry } from './jargon.js';

const e = (term: string, variants: string[], explanation: string): GlossaryEntry => ({
  term,
  variants,
  explanation,
});

export const STARTER_GLOSSARY: readonly GlossaryEntry[] = [
  // ── Kunstig intelligens og programmer ─────────────────────────────────────────────────────────
  e(
    'RPA',
    ['softwarerobot'],
    'Et program, der klarer faste rutineopgaver på en computer i stedet for en medarbejder. Det kan fx flytte tal fra én skærm til en anden. Det passer til opgaver, der altid følger de samme regler.',
  ),
  e(
    'API',
    [],
    'En fast indgang, som ét it-system bruger til at hente eller sende data til et andet. Så kan systemerne tale sammen, uden at nogen taster det samme ind to gange.',
  ),
  e(
    'algoritme',
    [],
    'En fast opskrift, som en computer følger trin for trin for at løse en opgave. Den kan fx sortere sager eller regne en ydelse ud.',
  ),
  e(
    'kunstig intelligens',
    ['AI'],
    'Programmer, der kan løse opgaver, som vi før troede krævede et menneske. De kan fx genkende tekst, tale eller billeder. De lærer af mange eksempler og kan tage fejl.',
  ),
  e(
    'generativ kunstig intelligens',
    ['generativ AI'],
    'Programmer, der skaber ny tekst, nye billeder eller lyd ud fra en kort besked. Svarene lyder sikre, men kan være forkerte. Et menneske bør altid tjekke dem.',
  ),
  e(
    'sprogmodel',
    ['LLM', 'large language model'],
    'Et program, der har læst meget store mængder tekst og derfor kan skrive og svare på almindeligt sprog. Det gætter det mest sandsynlige næste ord. Derfor kan det lyde sikkert og alligevel tage fejl.',
  ),
  e(
    'prompt',
    [],
    'Den besked eller det spørgsmål, man skriver til et program, der kan skrive tekst. Jo bedre man beskriver opgaven, jo bedre bliver svaret.',
  ),
  e(
    'maskinlæring',
    ['machine learning'],
    'En måde at lave programmer på, hvor programmet selv finder mønstre i mange eksempler. Man skriver altså ikke alle regler ind. Jo bedre eksempler, jo bedre resultat.',
  ),
  e(
    'bias',
    ['skævhed'],
    'En skævhed i data eller i et program. Den gør, at nogle grupper får en dårligere behandling end andre. Den kommer ofte af, at data ikke viser hele billedet.',
  ),
  e(
    'chatbot',
    [],
    'Et program, man kan skrive med i et chatvindue, og som svarer på spørgsmål. Nogle giver faste svar. Andre skriver selv deres svar.',
  ),
  e(
    'low-code',
    [],
    'Værktøjer, hvor man bygger enkle programmer ved at trække færdige klodser på plads i stedet for at skrive kode. Så kan flere end it-folk lave små løsninger.',
  ),
  e(
    'open source',
    ['åben kildekode'],
    'Programmer, hvor koden er åben, så alle må se, bruge og ændre den. Man er ikke bundet til ét firma. Men nogen skal sørge for, at programmet bliver holdt ved lige.',
  ),
  // ── Data ────────────────────────────────────────────────────────────────────────────────────
  e(
    'dataintegration',
    [],
    'At få data til at flyde af sig selv mellem flere it-systemer, så de samme oplysninger ikke skal tastes ind flere gange. Det giver færre fejl og sparer tid.',
  ),
  e(
    'it-integration',
    ['systemintegration'],
    'En forbindelse mellem to it-systemer, så de kan dele data. Fx kan et nyt system hente en borgers adresse fra et andet system.',
  ),
  e(
    'fagsystem',
    [],
    'Det it-system, som en faggruppe bruger til sit daglige arbejde. Det kan fx være journalen i hjemmeplejen. Eller det system, som jobcentret har alle sine sager i.',
  ),
  e(
    'masterdata',
    ['stamdata'],
    'De basale oplysninger, som mange systemer deler. Det er fx navne, adresser og enheder. Er de rigtige ét sted, bliver de rigtige alle steder.',
  ),
  e(
    'datakvalitet',
    [],
    'Hvor rigtige, hele og friske data er. Er data dårlige, får man forkerte tal. Og så tager man dårlige beslutninger.',
  ),
  e(
    'datadrevet ledelse',
    [],
    'At lede ud fra tal og fakta om arbejdet og ikke kun ud fra mavefornemmelse. Tallene bruges til at stille gode spørgsmål, ikke til at give alle svar.',
  ),
  e(
    'dashboard',
    [],
    'En skærm med de vigtigste tal og grafer samlet ét sted, så man hurtigt kan se, hvordan det går. Tallene bliver ofte opdateret af sig selv.',
  ),
  e(
    'business intelligence',
    ['BI'],
    'Værktøjer til at samle data fra mange kilder og vise dem som tal, grafer og rapporter. Det hjælper ledere med at følge udviklingen og træffe beslutninger.',
  ),
  e(
    'datavarehus',
    ['data warehouse'],
    'Et stort, fælles lager, hvor data fra mange systemer bliver samlet og ryddet op. Så kan de bruges til rapporter og analyser.',
  ),
  e(
    'GIS',
    ['geografisk informationssystem'],
    'Et system, der viser data på et kort, fx veje, skoler eller hvor borgerne bor. Det gør det let at se mønstre, der hænger sammen med et sted.',
  ),
  e(
    'dataetik',
    [],
    'Overvejelser om, hvad der er rigtigt og rimeligt at gøre med data, også når det er lovligt. Fx om borgerne ville synes, at brugen er i orden.',
  ),
  // ── Indkøb, drift og ansvar ─────────────────────────────────────────────────────────────────
  e(
    'cloud',
    ['skyen'],
    'At bruge programmer og gemme data på et andet firmas computere via internettet i stedet for på sine egne. Man betaler typisk for det, man bruger.',
  ),
  e(
    'SaaS',
    ['software as a service'],
    'Et program, man bruger via nettet og betaler for hver måned eller hvert år. Firmaet bag sørger for, at det kører og bliver opdateret.',
  ),
  e(
    'licens',
    [],
    'Retten til at bruge et program, som man betaler for. Prisen afhænger ofte af, hvor mange brugere der er.',
  ),
  e(
    'leverandør',
    [],
    'Det firma, der sælger et it-system og ofte holder det ved lige. Kontrakten siger, hvad man kan forvente, og hvad det koster.',
  ),
  e(
    'drift',
    [],
    'Det daglige arbejde med at holde noget i gang, fx et plejehjem eller et it-system. For et it-system er det fx at opdatere det, tage kopier af data og hjælpe, når det går ned.',
  ),
  e(
    'servicedesk',
    ['helpdesk'],
    'Det sted, man kontakter, når noget med it ikke virker, eller når man har brug for hjælp eller nyt udstyr.',
  ),
  e(
    'it-arkitektur',
    [],
    'Den samlede plan for, hvordan alle it-systemer i en organisation hænger sammen og deler data. En god plan gør det lettere at skifte et system ud.',
  ),
  e(
    'systemejer',
    [],
    'Den person, der har ansvaret for, at et it-system virker og bliver holdt ved lige. Systemejeren står tæt på det tekniske og taler med it-folkene.',
  ),
  e(
    'forretningsejer',
    [],
    'Den leder, der ejer behovet bag et it-system. Lederen sørger for, at systemet gør gavn i arbejdet. Lederen vælger også, hvilke ønsker der kommer først.',
  ),
  e(
    'interoperabilitet',
    [],
    'At flere it-systemer kan arbejde sammen og forstå hinandens data, også når de kommer fra hvert sit firma.',
  ),
  e(
    'datastandard',
    ['it-standard'],
    'En fælles aftale om, hvordan data skal se ud, fx et fast format for adresser eller datoer. Når alle følger den samme aftale, er det nemt at dele data.',
  ),
  // ── Persondata og sikkerhed ─────────────────────────────────────────────────────────────────
  e(
    'GDPR',
    ['databeskyttelsesforordningen'],
    "EU's regler for, hvordan man må samle, bruge og gemme oplysninger om personer. Reglerne giver borgerne ret til fx at se deres data. Og de stiller krav til alle, der bruger data om personer.",
  ),
  e(
    'persondata',
    ['personoplysninger'],
    'Alt, hvad man kan vide om en bestemt person, og som kan knyttes til netop ham eller hende. Det er fx navn, cpr-nummer, adresse og billeder.',
  ),
  e(
    'følsomme oplysninger',
    [],
    'Oplysninger om fx helbred, tro, politik, sexliv, etnisk baggrund eller fagforening. Loven giver dem ekstra værn. Man skal passe godt på dem.',
  ),
  e(
    'konsekvensanalyse',
    ['DPIA'],
    'En grundig vurdering af risikoen for borgernes privatliv, før man tager et nyt system eller en ny brug af data i brug. Den er et krav, når risikoen er høj.',
  ),
  e(
    'databehandleraftale',
    [],
    'En aftale med et firma, der bruger oplysninger om personer for os. Den siger, hvad firmaet må. Og den siger, hvordan det skal passe på data.',
  ),
  e(
    'pseudonymisering',
    [],
    'At bytte navne og andre kendetegn ud med en kode, så data ikke direkte viser, hvem det handler om. Med en nøgle kan man stadig finde tilbage til personen.',
  ),
  e(
    'anonymisering',
    [],
    'At fjerne alt i data, der kan vise, hvem det handler om. Så kan ingen finde tilbage til den enkelte. Så gælder reglerne om oplysninger om personer ikke mere.',
  ),
  e(
    'informationssikkerhed',
    ['it-sikkerhed'],
    'Det arbejde, der beskytter data og it-systemer mod at blive stjålet, ændret eller sat ud af spil. Det handler både om teknik og om folks vaner.',
  ),
  e(
    'phishing',
    [],
    'Falske mails eller sms’er, der prøver at narre dig til at klikke på et link, give en kode eller betale. De ligner ofte beskeder fra nogen, du kender.',
  ),
  e(
    'totrinsbekræftelse',
    ['to-faktor', 'tofaktorgodkendelse'],
    'At man skal vise, hvem man er, på to måder, når man logger ind, fx med kode og en app på telefonen. Det gør det meget sværere for andre at bruge din konto.',
  ),
  e(
    'single sign-on',
    ['SSO'],
    'At man logger ind én gang og derefter kan bruge flere systemer uden at logge ind igen.',
  ),
  e(
    'MitID',
    [],
    'Den fælles danske digitale identitet. Borgere og ansatte bruger den til at logge ind hos det offentlige, i banken og mange andre steder.',
  ),
  // ── Borgere og velfærd ──────────────────────────────────────────────────────────────────────
  e(
    'digital post',
    [],
    'Den sikre postkasse på nettet, hvor borgere og firmaer får breve fra det offentlige. Så kommer brevene ikke på papir.',
  ),
  e(
    'selvbetjening',
    ['selvbetjeningsløsning'],
    'Når borgerne selv klarer en opgave på nettet, fx søger om noget eller melder flytning, uden at skulle ringe eller møde op.',
  ),
  e(
    'velfærdsteknologi',
    [],
    'Teknik, der hjælper borgere med at klare sig selv og letter arbejdet for dem, der giver omsorg. Det kan fx være et vasketoilet eller en spiserobot.',
  ),
  e(
    'Internet of Things',
    ['IoT', 'tingenes internet'],
    'Ting, der er koblet på internettet og selv sender data. Fx målere i bygninger eller affaldsspande, der melder, når de er fulde.',
  ),
  e(
    'sensor',
    [],
    'En lille måler, der opfanger fx varme, bevægelse eller fugt og sender besked videre. Den kan fx give besked, hvis en borger falder.',
  ),
  e(
    'videokonsultation',
    [],
    'En samtale mellem fx en borger og en medarbejder over video i stedet for at mødes ansigt til ansigt.',
  ),
  // ── Projekter og forandring ─────────────────────────────────────────────────────────────────
  e(
    'implementering',
    [],
    'Arbejdet med at få en ny løsning eller en ny arbejdsgang i brug. Det handler om teknik, men også om at lære nyt og ændre vaner.',
  ),
  e(
    'gevinstrealisering',
    [],
    'At sikre, at de fordele, et projekt lovede, også bliver til virkelighed, fx sparet tid eller bedre kvalitet. Det kræver, at nogen følger op, når projektet er slut.',
  ),
  e(
    'business case',
    [],
    'En beregning af, hvad et projekt koster, og hvad det giver igen i penge, tid eller kvalitet. Den bruges til at beslutte, om projektet er det værd.',
  ),
  e(
    'agil',
    [],
    'En måde at arbejde på, hvor man laver noget i små skridt og viser det til brugerne tidligt. Så kan man rette til undervejs i stedet for at lægge hele planen fast fra start.',
  ),
  e(
    'prototype',
    [],
    'En tidlig og enkel udgave af en løsning, som man kan vise og prøve af, før man bruger tid og penge på den rigtige.',
  ),
  e(
    'pilotprojekt',
    ['pilotforsøg'],
    'Et lille forsøg, hvor en ny løsning bliver prøvet af ét sted i en kort periode. Bagefter beslutter man, om den skal bruges alle steder.',
  ),
  e(
    'brugertest',
    [],
    'At lade rigtige brugere prøve en løsning, mens man ser, hvor de får problemer. Det viser fejl, som dem, der har lavet løsningen, ikke selv ser.',
  ),
  e(
    'brugerrejse',
    [],
    'En beskrivelse af alle de trin, en borger eller medarbejder går igennem for at få løst en opgave, set fra deres side. Den viser, hvor det er svært.',
  ),
  e(
    'automatisering',
    [],
    'At lade en maskine eller et program gøre en opgave, som mennesker før gjorde i hånden. Det giver tid til de opgaver, der kræver mennesker.',
  ),
  e(
    'procesoptimering',
    [],
    'At se grundigt på en arbejdsgang og fjerne trin, ventetid og fejl, man ikke har brug for. Så bliver opgaven løst hurtigere og bedre.',
  ),
  e(
    'digitale kompetencer',
    [],
    'Den viden og de evner, man har brug for til at bruge digitale værktøjer i sit arbejde. Man skal også forstå, hvad de betyder for opgaven.',
  ),
  e(
    'digital dannelse',
    [],
    'Evnen til at bruge nettet og sociale medier klogt. Man kan vurdere, hvad man kan stole på. Og man ved, hvordan man opfører sig godt på nettet.',
  ),
];
