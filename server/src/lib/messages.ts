import type { Locale } from '../../../core/schemas/common.js';

/**
 * Server-side texts (error messages and e-mails), Danish first. Every key has both languages;
 * messages.test.ts checks it. `{name}` placeholders are filled by `t()`.
 */
const da = {
  'error.validation_failed': 'Nogle felter er ikke udfyldt rigtigt. Ret dem og prøv igen.',
  'error.invalid_json': 'Forespørgslen er ikke gyldig JSON.',
  'error.unsupported_media_type': 'Send data som JSON (Content-Type: application/json).',
  'error.unauthenticated': 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
  'error.forbidden': 'Du har ikke adgang til at gøre dette.',
  'error.csrf': 'Sikkerhedstjek fejlede (manglende eller forkert CSRF-token). Genindlæs siden og prøv igen.',
  'error.foreign_origin': 'Forespørgslen kom fra et andet websted og er afvist.',
  'error.not_found': 'Det findes ikke, eller du har ikke adgang til det.',
  'error.route_not_found': 'Adressen {method} {url} findes ikke.',
  'error.conflict': 'Det kan ikke lade sig gøre i den nuværende tilstand.',
  'error.gone': 'Linket er udløbet eller allerede brugt. Bed om et nyt.',
  'error.payload_too_large': 'Data er for store. Grænsen er {limit}.',
  'error.rate_limited': 'For mange forsøg. Vent {seconds} sekunder og prøv igen.',
  'error.internal': 'Der skete en uventet fejl. Oplys referencen {reference}, hvis du kontakter support.',
  'auth.wrong_credentials': 'Forkert e-mail eller adgangskode.',
  'auth.deactivated': 'Din konto er deaktiveret. Kontakt din administrator.',
  'auth.no_organisation': 'Du er ikke medlem af denne organisation.',
  'auth.wrong_password_existing': 'Adgangskoden passer ikke til den eksisterende konto.',
  'password.too_short': 'Adgangskoden skal have mindst 12 tegn.',
  'password.too_long': 'Adgangskoden må højst have 256 tegn.',
  'password.too_common': 'Adgangskoden er for almindelig. Vælg en, der er sværere at gætte, fx en sætning.',
  'password.contains_email': 'Adgangskoden må ikke indeholde din e-mailadresse.',
  'users.invitation_exists': 'Der er allerede en aktiv invitation til {email}.',
  'users.already_member': '{email} er allerede bruger i organisationen.',
  'users.last_admin': 'Organisationen skal have mindst én aktiv administrator.',
  'users.self_deactivate': 'Du kan ikke deaktivere dig selv.',
  'users.invitation_not_pending': 'Invitationen er ikke længere aktiv.',
  'users.account_created_meanwhile': 'Der blev netop oprettet en konto med denne e-mail. Åbn linket igen.',
  'org.unknown_unit': 'Enheden findes ikke i organisationen.',
  'org.unknown_field': 'Fagområdet findes ikke (eller er arkiveret).',
  'org.unknown_user': 'Kontoen findes ikke i organisationen.',
  'org.unknown_person': 'Personen findes ikke i organisationen.',
  'org.cycle': 'En enhed kan ikke ligge under sig selv eller en af sine egne underenheder.',
  'org.external_id_taken': 'Id’et {externalId} bruges allerede af en anden i organisationen.',
  'org.user_already_linked': 'Kontoen er allerede knyttet til en anden person.',
  'org.field_exists': 'Der findes allerede et fagområde med det navn.',
  'outbox.smtp_configured': 'Udbakken vises kun, når der ikke er sat en SMTP-server op (SMTP_URL).',
  'field.required': 'Skal udfyldes.',
  'field.invalid_type': 'Forkert type: forventede {expected}.',
  'field.too_small_string': 'Skal have mindst {minimum} tegn.',
  'field.too_big_string': 'Må højst have {maximum} tegn.',
  'field.too_small_number': 'Skal være mindst {minimum}.',
  'field.too_big_number': 'Må højst være {maximum}.',
  'field.too_small_array': 'Vælg mindst {minimum}.',
  'field.too_big_array': 'Vælg højst {maximum}.',
  'field.email': 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk.',
  'field.uuid': 'Skal være et gyldigt id.',
  'field.enum': 'Skal være en af: {values}.',
  'field.unknown': 'Ukendt felt. Fjern det.',
  'field.duplicate_role': 'Samme rolle må kun vælges én gang.',
  'field.invalid': 'Ugyldig værdi.',
  'field.issuer_url': 'Skriv en hel adresse, fx https://login.microsoftonline.com/<tenant-id>/v2.0.',
  'field.issuer_https':
    'Adressen skal begynde med https:// (kun en udbyder på denne maskine må bruge http://).',
  'field.claim_name': 'Et claim-navn må kun have bogstaver, tal og _ : . / -',
  'field.scopes': 'Skriv scopes adskilt af mellemrum, fx "openid email profile".',
  'field.scopes_openid': 'Scopes skal indeholde "openid".',
  'field.embed_origin_url': 'Skriv hjemmesidens adresse med https:// foran, fx https://www.viborg.dk.',
  'field.embed_origin_https':
    'Adressen skal begynde med https://. Kun localhost og 127.0.0.1 (til test) må bruge http://.',
  'field.embed_origin_path':
    'Skriv kun hjemmesidens adresse, uden noget efter navnet og uden / til sidst, fx https://www.viborg.dk.',
  'field.embed_origin_wildcard': 'Skriv hver hjemmeside for sig. En * kan ikke bruges.',
  'field.embed_origins_too_many': 'Der kan højst være 20 hjemmesider.',
  'field.embed_origins_duplicate': 'Den samme hjemmeside står der flere gange. Fjern den ene.',
  'field.second_factor_code_format':
    'Skriv de 6 cifre fra din app eller en gendannelseskode (10 tegn, fx abcde-fghjk).',
  'second_factor.already_on': 'Totrinsbekræftelse er allerede slået til.',
  'second_factor.not_started': 'Start opsætningen af totrinsbekræftelse først.',
  'second_factor.wrong_code': 'Koden passer ikke. Skriv den kode, din app viser lige nu.',
  'second_factor.used_code':
    'Koden er allerede brugt. Vent på næste kode i appen, eller brug en anden gendannelseskode.',
  'second_factor.required':
    'Administratorer skal bruge totrinsbekræftelse. Den kan ikke slås fra, så længe du er administrator.',
  'second_factor.setup_required':
    'Som administrator skal du slå totrinsbekræftelse til, før du kan fortsætte.',
  'second_factor.challenge_expired':
    'Login er udløbet eller har fået for mange forkerte koder. Log ind igen.',
  'second_factor.none_to_reset': 'Personen har ikke totrinsbekræftelse slået til.',
  'second_factor.reset_elsewhere':
    'Personen er også med i en organisation, du ikke er administrator for. Bed en administrator dér om at nulstille.',
  'event.ends_before_start': 'Slutningen skal ligge efter starten.',
  'event.check_in_after_start': 'Indtjekningen skal begynde før arrangementet starter.',
  'event.deadline_after_start': 'Tilmeldingsfristen skal ligge før arrangementet starter.',
  'event.cancellable_until_missing': 'Skriv, hvornår man senest kan afmelde sig.',
  'event.place_missing': 'Skriv et sted, en adresse eller et link til et onlinemøde.',
  'event.capacity_below_taken':
    'Der er allerede {taken} pladser optaget. Antallet af pladser kan ikke være mindre.',
  'event.not_draft': 'Arrangementet er allerede udgivet.',
  'event.held_by_activity':
    'Arrangementet holder pladserne til en aktivitet på et hold. Ret aktiviteten i holdets plan i stedet.',
  'registration.closed': 'Tilmeldingen er lukket: fristen er overskredet.',
  'registration.full': 'Arrangementet er fuldt, og der er ingen venteliste.',
  'registration.duplicate_email': 'Der er allerede en tilmelding med denne e-mailadresse til arrangementet.',
  'registration.invoice_required':
    'Skriv et EAN-nummer (offentlige kunder) eller et CVR-nummer, så vi kan sende fakturaen.',
  'field.ean_digits': 'Et EAN-nummer har 13 cifre.',
  'field.ean_check_digit':
    'EAN-nummeret er ikke gyldigt: det sidste ciffer (kontrolcifferet) passer ikke. Tjek nummeret.',
  'field.cvr_digits': 'Et CVR-nummer har 8 cifre.',
  'field.cvr_check':
    'CVR-nummeret er ikke gyldigt: cifrene passer ikke sammen, som et CVR-nummers skal. Tjek, at du har skrevet det rigtigt.',
  'field.accept_terms': 'Du skal acceptere betingelserne for at tilmelde dig.',
  'mail.registration.confirmed.subject': 'Du er tilmeldt: {event}',
  'mail.registration.confirmed.body':
    'Hej {name}\n\nDu er tilmeldt {event}, {when}.\n\nDin billet er vedhæftet: vis QR-koden ved indgangen, eller sig koden {code}. Kalenderfilen (.ics) lægger arrangementet i din kalender.\n\nSe eller ændr din tilmelding her (linket er personligt):\n{link}\n\nVenlig hilsen\n{organisation}',
  'mail.registration.waitlisted.subject': 'Du er på ventelisten: {event}',
  'mail.registration.waitlisted.body':
    'Hej {name}\n\nArrangementet {event}, {when}, er fuldt. Du står på ventelisten og får en mail, hvis der bliver en plads.\n\nSe din tilmelding her (linket er personligt):\n{link}\n\nVenlig hilsen\n{organisation}',
  'registration.not_confirmed': 'Kun en bekræftet plads kan gives videre.',
  'registration.substitution_closed': 'Fristen for at give pladsen videre er overskredet.',
  'registration.not_active': 'Tilmeldingen er allerede afsluttet.',
  'registration.already_checked_in':
    'Pladsen er allerede brugt: deltageren er tjekket ind. Den kan ikke gives videre nu.',
  'registration.binding':
    'Tilmeldingen er bindende og kan ikke afmeldes. Du kan give pladsen videre til en kollega.',
  'registration.offer_gone': 'Tilbuddet om en plads er udløbet eller allerede brugt.',
  'checkin.unknown_ticket': 'Billetten findes ikke til dette arrangement. Tjek koden, eller søg på navnet.',
  'checkin.not_confirmed': 'Tilmeldingen er ikke bekræftet (venteliste eller afmeldt).',
  'mail.registration.substitute_new.subject': 'Du har fået en plads: {event}',
  'mail.registration.substitute_new.body':
    'Hej {name}\n\n{previous} har givet sin plads til {event}, {when}, videre til dig.\n\nDin billet er vedhæftet: vis QR-koden ved indgangen, eller sig koden {code}. Kalenderfilen (.ics) lægger arrangementet i din kalender.\n\nSe din tilmelding og din billet her (linket er personligt):\n{link}\n\nVenlig hilsen\n{organisation}',
  'mail.registration.substitute_old.subject': 'Din plads er givet videre: {event}',
  'mail.registration.substitute_old.body':
    'Hej {name}\n\nDin plads til {event}, {when}, er nu givet videre til {next}. Din billet gælder ikke længere.\n\nVenlig hilsen\n{organisation}',
  'mail.registration.accepted.subject': 'Din plads er bekræftet: {event}',
  'mail.registration.accepted.body':
    'Hej {name}\n\nDu har taget imod pladsen til {event}, {when}. Din tilmelding er bekræftet.\n\nDin billet er vedhæftet: vis QR-koden ved indgangen, eller sig koden {code}. Kalenderfilen (.ics) lægger arrangementet i din kalender.\n\nSe din tilmelding her (linket er personligt):\n{link}\n\nVenlig hilsen\n{organisation}',
  'mail.registration.waiting_list_closed.subject': 'Ventelisten er lukket: {event}',
  'mail.registration.waiting_list_closed.body':
    'Hej {name}\n\nArrangøren har lukket ventelisten til {event}, {when}. Du står derfor ikke længere på ventelisten, og der bliver ikke tilbudt flere pladser.\n\nKontakt arrangøren, hvis du har spørgsmål.\n\nVenlig hilsen\n{organisation}',
  'mail.activity.reminder.subject': 'Påmindelse: {activity}, {when}',
  'mail.activity.reminder.body':
    'Hej {name}\n\nHusk {activity} ({cohort}), {when}.\n\nSted: {place}\n\nDet kan du forberede dig på:\n{prepare}\n\nSe aktiviteten, materialerne og dit fremmøde her:\n{link}\n\nVenlig hilsen\n{organisation}',
  'mail.activity.reminder.no_place': 'oplyses senere',
  'mail.activity.reminder.nothing_to_prepare': 'Der er ikke noget særligt at forberede.',
  'mail.journal.reminder.subject': 'Et par linjer i din dagbog?',
  'mail.journal.reminder.body':
    'Hej {name}\n\nDu har ikke skrevet i din dagbog på {cohort} i {days} dage. Et par linjer er nok: hvad har du prøvet, og hvad skete der?\n\nSkriv her:\n{link}\n\nVil du ikke have disse påmindelser, kan du slå dem fra på samme side under "Påmindelse".\n\nVenlig hilsen\n{organisation}',
  // assessment: rounds (helper 1)
  'assessment.too_few_invited':
    'Målingen skal invitere mindst {k} personer, så ingen kan genkendes i resultaterne. Dit valg giver {count}. Vælg en større gruppe.',
  'assessment.round_closed': 'Målingen er lukket og kan ikke ændres længere.',
  'assessment.round_open':
    'Målingen er åbnet, så startdatoen kan ikke ændres længere. Navn og slutdato kan stadig ændres.',
  'assessment.round_not_scheduled': 'Målingen er åbnet og kan ikke slettes. Du kan lukke den i stedet.',
  'assessment.round_not_open': 'Det kan kun gøres, mens målingen er åben.',
  // assessment: who manages a round (helper 8)
  'assessment.not_round_manager':
    'Du kan se målingen, men ikke ændre, lukke, slette eller sende påmindelser. Det kan kun en administrator og facilitatorerne på målingens hold.',
  'assessment.reminder_too_soon':
    'Der er sendt en påmindelse inden for de seneste {hours} timer. Vent lidt, før du sender en ny.',
  'assessment.raw_answers_refused':
    'Enkeltpersoners svar udleveres aldrig. Se resultaterne for grupper på mindst {k} personer under målingens resultater.',
  'field.anonymity_k': 'Vælg et helt tal fra 3 til 50.',
  'field.closes_after_opens': 'Slutdatoen skal ligge efter startdatoen.',
  'field.closes_in_future': 'Slutdatoen skal ligge i fremtiden.',
  'field.open_days_max': 'En måling kan højst være åben i {days} dage.',
  'field.cohort_or_population': 'Vælg enten et hold eller en gruppe af ledere.',
  'field.leader_level': 'Vælg blandt ledelsesniveauerne direktør, chef, leder og teamleder.',
  'field.compare_round': 'Målingen, der skal sammenlignes med, findes ikke.',
  'mail.assessment.invitation.subject': 'Selvvurdering: {round}',
  'mail.assessment.invitation.body':
    'Hej {name}\n\nDu er inviteret til selvvurderingen "{round}" om digital ledelse og digital forestillingsevne. Den tager omkring et kvarter, og du kan gemme undervejs og fortsætte senere.\n\nDine svar er private. Du får din egen profil, som kun du kan se. Andre ser kun samlede resultater for grupper på mindst {k} personer, aldrig hvad du har svaret.\n\nSvar senest {closes}:\n{link}\n\nVenlig hilsen\n{organisation}',
  'mail.assessment.reminder.subject': 'Påmindelse: selvvurderingen {round}',
  'mail.assessment.reminder.body':
    'Hej {name}\n\nHusk selvvurderingen "{round}". Den lukker {closes}. Har du gemt nogle svar, fortsætter du, hvor du slap.\n\nHvis du allerede har svaret, så tak – du kan se bort fra denne mail.\n\nDine svar er private. Andre ser kun samlede resultater for grupper på mindst {k} personer.\n\nSvar her:\n{link}\n\nVenlig hilsen\n{organisation}',
  'mail.registration.offer.subject': 'Der er en plads til dig: {event}',
  'mail.registration.offer.body':
    'Hej {name}\n\nDer er blevet en plads ledig til {event}, {when}. Pladsen holdes til dig til {until}.\n\nTag imod den via dit personlige link fra din tilmeldingsmail.\n\nVenlig hilsen\n{organisation}',
  'programme.unknown_lineage':
    'Modulet eller sporet findes ikke i denne version. Hent siden igen, og prøv igen.',
  'programme.track_title_taken': 'To spor har samme titel. Giv hvert spor sin egen titel.',
  'programme.unknown_focus_area': 'Et af de valgte fokusområder findes ikke i jeres katalog.',
  'programme.version_read_only':
    'Versionen er udgivet eller arkiveret og kan ikke ændres. Lav en ny version ud fra den i stedet.',
  'programme.stale_revision':
    'En anden har gemt versionen, mens du arbejdede. Hent siden igen for at se deres ændringer, før du gemmer.',
  'programme.version_empty': 'Versionen har ingen moduler endnu. Tilføj mindst ét modul, før du udgiver.',
  'programme.already_archived': 'Versionen er allerede arkiveret.',
  'programme.not_same_programme': 'De to versioner hører til hver sit program og kan ikke sammenlignes.',
  'programme.unknown_file': 'Filen findes ikke i jeres organisation. Fjern materialet, og læg filen op igen.',
  'file.empty': 'Filen er tom. Vælg en fil med indhold.',
  'file.too_large': 'Filen er for stor. En fil må højst fylde {limit}.',
  'file.type_not_allowed':
    'Den type fil kan ikke lægges op. Du kan lægge PDF, Word, Excel, PowerPoint, billeder (PNG og JPEG) og tekstfiler (.txt og .md) op.',
  'file.content_mismatch':
    'Filens indhold passer ikke til dens type (fx en fil, der er omdøbt). Du kan lægge PDF, Word, Excel, PowerPoint, billeder (PNG og JPEG) og tekstfiler (.txt og .md i UTF-8) op.',
  'focus_area.name_taken': 'Der findes allerede et fokusområde med det navn.',
  'field.colour': 'Skriv farven som # og seks tegn, fx #1d5a85.',
  'field.duration': 'Varigheden skal være mellem 1 minut og 40 timer.',
  'field.material_url': 'Skriv en hel webadresse, der begynder med https://.',
  'cohort.unknown_version': 'Programversionen findes ikke i jeres organisation.',
  'cohort.version_draft':
    'Versionen er et udkast. Et hold kan kun startes fra en udgivet version: udgiv den først.',
  'cohort.version_archived': 'Versionen er arkiveret. Start holdet fra en udgivet version i stedet.',
  'cohort.unknown_facilitator':
    'Vælg brugere i jeres organisation, der har rollen facilitator eller administrator.',
  'cohort.unknown_person': 'En eller flere af personerne findes ikke i jeres organisation.',
  'cohort.person_left': 'En eller flere af personerne er markeret som fratrådt og kan ikke tilmeldes.',
  'cohort.unknown_module': 'Modulet hører ikke til den programversion, holdet følger.',
  'cohort.not_participant': 'Personen er ikke deltager på holdet.',
  'cohort.duplicate_mark': 'Personen står der flere gange. Markér hver deltager én gang.',
  'action_learning.no_set':
    'Du er ikke i et læringssæt på holdet endnu. Del med facilitatoren, eller behold det for dig selv.',
  'action_learning.unknown_focus_area':
    'Et af fokusområderne findes ikke (eller er arkiveret). Vælg blandt listen.',
  'action_learning.stale':
    'Projektet er blevet gemt et andet sted (fx i en anden fane), siden du åbnede det. Kopiér dine ændringer, genindlæs siden og skriv dem ind igen.',
  // assessment: answering and the private profile (helper 2)
  'field.answer_scale': 'Svaret skal være et tal fra 1 til 5 eller "ved ikke".',
  'my_assessment.unknown_item': 'Spørgsmålet findes ikke i denne måling. Genindlæs siden og prøv igen.',
  'my_assessment.round_not_open':
    'Målingen er ikke åben for svar: den er enten ikke åbnet endnu eller allerede lukket.',
  'my_assessment.already_submitted':
    'Du har allerede sendt dine svar i denne måling. De kan ikke ændres, men du kan se din profil.',
  'my_assessment.unanswered':
    'Du mangler at svare på {count} spørgsmål. Vælg et svar eller "ved ikke" ved hvert af dem.',
  'my_assessment.item_unanswered': 'Vælg et svar eller "ved ikke".',
  'my_assessment.not_submitted': 'Din profil er klar, når du har sendt dine svar.',
  // assessment: released aggregates, heatmap and exports (helper 3)
  'heatmap.round_not_closed':
    'Resultaterne vises, når målingen er lukket. Så kan svar, der kommer ind ét ad gangen, ikke skelnes fra hinanden.',
  'heatmap.unknown_filter':
    'Vælg en af målingens egne grupper. Kun de grupper, der blev fastlagt for målingen, kan vises.',
  'heatmap.compare_same': 'Vælg en anden måling at sammenligne med.',
  // versioned documents (the responsibility matrix, the base narrative)
  'document.draft_exists': 'Der er allerede et udkast. Ret i det, eller slet det, før du laver et nyt.',
  'document.version_published':
    'Versionen er udgivet og kan ikke ændres. Lav et nyt udkast for at ændre den.',
  'document.stale_edit':
    'En anden har gemt udkastet, siden du åbnede det. Hent den nye udgave, og lav dine ændringer igen.',
  // the base narrative and its questions (issue 9)
  'narrative.empty': 'Fortællingen har ingen afsnit endnu. Skriv mindst ét afsnit, før du udgiver den.',
  'narrative.unknown_focus_area':
    'Et af de valgte fokusområder findes ikke i jeres katalog. Vælg blandt listen.',
  'narrative.no_earlier_version': 'Der er ingen tidligere version at sammenligne med. Vælg en anden version.',
  'narrative.unknown_part':
    'Afsnittet findes ikke i den udgivne fortælling. Genindlæs siden, og vælg et afsnit.',
  'narrative.too_many_open_questions':
    'Du har allerede {max} spørgsmål, der venter på svar. Vent på et svar, før du stiller et nyt.',
  'mail.narrative.answered.subject': 'Dit spørgsmål til fortællingen er besvaret',
  'mail.narrative.answered.body':
    'Hej {name}\n\nDu har stillet et spørgsmål til afsnittet "{part}" i jeres digitale fortælling. Nu er der kommet et svar.\n\nLæs svaret her:\n{link}\n\nAlle kan læse spørgsmål og svar. På siden står spørgsmålene uden navn, så de andre ledere kan ikke se, at det var dig, der spurgte.\n\nVenlig hilsen\n{organisation}',
  // the responsibility matrix and its named groups (issue 9)
  'responsibilities.matrix_invalid':
    'Fordelingen af roller og ansvar kan ikke udgives endnu. Der er fejl i {count} af opgaverne. Ret dem, og prøv igen.',
  'responsibilities.task_no_accountable':
    'Opgaven "{task}" mangler en A. Vælg den ene, der står til ansvar for opgaven.',
  'responsibilities.task_many_accountable': 'Opgaven "{task}" skal have præcis én A (har {count}).',
  'responsibilities.task_no_responsible':
    'Opgaven "{task}" mangler en R. Vælg mindst én, der udfører opgaven.',
  'responsibilities.task_no_accountable_no_responsible':
    'Opgaven "{task}" mangler både en A og en R. Vælg den ene, der står til ansvar, og mindst én, der udfører opgaven.',
  'responsibilities.task_many_accountable_no_responsible':
    'Opgaven "{task}" skal have præcis én A (har {count}) og mindst én R, der udfører opgaven.',
  'responsibilities.no_earlier_version': 'Der er ingen tidligere version at sammenligne med.',
  'responsibilities.matrix_empty':
    'Tabellen over roller og ansvar er tom. Tilføj mindst én opgave og én kolonne, før du udgiver den.',
  'field.responsibility_unit_ended': 'Enheden er nedlagt. Vælg en anden.',
  'responsibilities.group_exists': 'Der findes allerede en gruppe, der hedder "{name}". Vælg et andet navn.',
  'field.responsibility_unknown_group': 'Gruppen findes ikke i organisationen. Vælg en af jeres grupper.',
  'field.duplicate_key': 'Nøglen bruges mere end én gang. Giv hver sin egen nøgle.',
  'field.unknown_task_group': 'Opgavegruppen findes ikke. Vælg en af grupperne i tabellen.',
  'field.unknown_actor': 'Kolonnen findes ikke i tabellen. Fjern bogstavet, eller tilføj kolonnen.',
  'field.matrix_key':
    'En nøgle må kun have små bogstaver fra a til z, tal, - og _. Den skal begynde med et bogstav eller et tal.',
  'field.duplicate_person': 'Den samme person står der flere gange. Fjern den ene.',
  // assessment: the instrument's versions and the organisation's own statements (helper 7)
  'instrument.draft_exists': 'Der er allerede et udkast. Ret i det, eller slet det, før du laver et nyt.',
  'instrument.version_published':
    'Versionen er udgivet og kan ikke ændres. Lav et nyt udkast, hvis spørgeskemaet skal ændres.',
  'field.instrument_unknown_dimension': 'Dimensionen findes ikke i spørgeskemaet. Vælg en fra listen.',
  'field.instrument_key_builtin':
    'Nøglen bruges allerede af et af spørgeskemaets faste udsagn. Udelad den, så laves en ny.',
  'field.instrument_key_taken': 'To udsagn har samme nøgle. Giv hvert udsagn sin egen, eller udelad den.',
  'field.instrument_dimension_full': 'Der kan højst være 4 egne udsagn i hver dimension.',
  'field.instrument_too_many': 'Der kan højst være 20 egne udsagn i alt.',
  // glossary and readability targets (issue 9, helper: glossary server)
  'glossary.term_exists': 'Begrebet "{term}" findes allerede i ordlisten.',
  'glossary.form_exists': '"{form}" står allerede i ordlisten som en anden form af "{term}".',
  'glossary.full': 'Ordlisten kan højst have {max} begreber. Slet nogle, før du tilføjer flere.',
  'field.duplicate_variant': 'Den samme form står der flere gange. Fjern den ene.',
  'field.variant_is_term': 'En anden form må ikke være det samme som selve begrebet. Fjern den.',
  'field.term_letters': 'Skriv mindst to bogstaver.',
  'field.duplicate_text_type': 'Den samme slags tekst står der flere gange. Giv hver slags ét mål.',
  'learning_sets.default_name': 'Sæt {n}',
  'learning_sets.too_few':
    'Holdet har {count} deltagere. Der skal mindst {minimum} til ét læringssæt: tilmeld flere, eller vælg en mindre størrelse.',
  'learning_sets.manager_conflict':
    '{name} er leder for {count} af de andre deltagere, så de kan ikke holdes i hvert sit sæt (reglen: ingen i sæt med sin egen leder). Vælg en mindre størrelse, eller fjern nogen fra holdet.',
  'learning_sets.manager_pair':
    '{manager} og {report} er i samme sæt, men {manager} er leder for {report}. Flyt en af dem til et andet sæt.',
  'learning_sets.not_participant': 'En eller flere af personerne er ikke deltagere på holdet.',
  'learning_sets.unknown_set':
    'Et af sættene findes ikke længere (eller står to gange). Genindlæs siden og prøv igen.',
  'learning_sets.duplicate_person': '{name} står i mere end ét sæt. Hver deltager kan kun være i ét sæt.',
  'learning_sets.locked': 'Læringssættene er låst. Lås dem op for at ændre dem.',
  'learning_sets.nothing_to_lock': 'Gem læringssættene, før du låser dem.',
  'insights.stale':
    'Nogen har ændret indsigten, siden du åbnede den (måske dig selv i en anden fane). Den gemte udgave er nu version {version}. Hent den nyeste udgave, og skriv dine ændringer ind igen.',
  'insights.not_author': 'Kun den, der har skrevet indsigten, kan ændre eller slette den.',
  'insights.no_set':
    'Du er ikke i et læringssæt på holdet {cohort}, så indsigten kan ikke deles med dit sæt. Del den med holdet eller hele organisationen, eller behold den for dig selv.',
  'insights.needs_cohort': 'Vælg det hold, indsigten skal deles med.',
  'insights.not_in_cohort':
    'Du er hverken deltager eller facilitator på holdet {cohort}, så du kan ikke dele med det. Del med hele organisationen, eller behold indsigten for dig selv.',
  'insights.not_your_cohort': 'Vælg et hold, du er deltager eller facilitator på.',
  'insights.cohort_of_source':
    'Indsigten hører til kildens hold. Fjern valget af hold, eller vælg kildens hold.',
  'insights.unknown_focus_area': 'Et af fokusområderne findes ikke (eller er arkiveret). Vælg blandt listen.',
  'field.tags_max': 'Højst 10 emneord.',
  'field.source_pair': 'Angiv både kildens type og id, eller ingen af dem.',
  'learning_sets.has_meetings':
    '{name} har {count} møde(r) og kan derfor ikke fjernes. Flyt møderne til et andet sæt, eller behold {name}.',
  'learning_set_meeting.not_member': 'Kun medlemmer af sættet kan registreres som til stede.',
  'learning_set_meeting.not_member_project': 'Vælg kun projekter, som sættets medlemmer har på dette hold.',
  'learning_set_meeting.unknown_activity': 'Vælg en aktivitet fra holdets plan.',
  'learning_set_meeting.unknown_set': 'Vælg et andet læringssæt på samme hold, som du kan styre.',
  'field.meeting_when': 'Skriv dato og klokkeslæt for mødet, eller vælg en aktivitet fra holdets plan.',
  'field.meeting_time_from_activity':
    'Mødet holdes i en aktivitet og har aktivitetens tidspunkt. Vælg "ingen aktivitet" for at give det et andet.',
  'field.signup_capacity': 'Skriv antal pladser, når deltagerne skal tilmelde sig.',
  'activity.signup_in_use':
    'Tilmeldte lige nu: {count} (med plads eller på venteliste). Tilmelding kan først slås fra, når ingen er tilmeldt.',
  'signup.not_used': 'Man tilmelder sig ikke denne aktivitet: alle deltagere på holdet er med.',
  'signup.no_email':
    'Vi har ingen e-mailadresse på dig, så du kan ikke tilmelde dig. Bed en administrator om at skrive den på.',
  'signup.already': 'Du er allerede tilmeldt denne dato.',
  'signup.full': 'Der er ikke flere pladser på denne dato, og der er ingen venteliste. Vælg en anden dato.',
  'signup.closed': 'Tilmeldingen til denne dato er lukket, fordi aktiviteten er begyndt.',
  'signup.not_signed_up': 'Du er ikke tilmeldt denne dato.',
  'signup.cancel_closed': 'Aktiviteten er begyndt, så du kan ikke længere afmelde dig.',
  'signup.offer_gone': 'Tilbuddet om en plads er udløbet eller allerede brugt.',
  'field.calendar_date': 'Skriv en dato som ÅÅÅÅ-MM-DD, fx 2027-09-01.',
  'field.period_order': 'Slutdatoen skal være samme dag som startdatoen eller senere.',
  'field.instant': 'Skriv et tidspunkt med dato, klokkeslæt og tidszone.',
  'field.activity_order': 'Aktiviteten skal slutte efter, den begynder.',
  'field.online_url': 'Skriv en hel webadresse, der begynder med https://.',
  'field.reason_only_absent': 'En begrundelse kan kun gives ved fravær.',
  'sso.password_login_off':
    'Din organisation bruger single sign-on. Brug knappen "Log ind med {organisation}" i stedet.',
  'sso.switch_refused':
    'Du er logget ind via din organisations eget login. Log ud, og log ind igen for at skifte organisation.',
  'sso.check.reachable.ok': 'Adressen svarer.',
  'sso.check.reachable.fail':
    'Vi kunne ikke nå {url} ({detail}). Tjek adressen, og at Aktions server kan nå den (firewall eller proxy).',
  'sso.check.discovery.ok': 'Udbyderens opsætningsdokument blev fundet.',
  'sso.check.discovery.fail':
    'Der ligger ikke et gyldigt OpenID-opsætningsdokument på {url}. For Entra ID er adressen https://login.microsoftonline.com/<tenant-id>/v2.0, for Keycloak https://<server>/realms/<realm>.',
  'sso.check.issuer_matches.ok': 'Udstederen i dokumentet passer med adressen.',
  'sso.check.issuer_matches.fail':
    'Dokumentet oplyser udstederen {actual}, men adressen er {expected}. Brug præcis den adresse, dokumentet oplyser.',
  'sso.check.endpoints.ok': 'Udbyderen har de adresser, login bruger.',
  'sso.check.endpoints.fail': 'Opsætningsdokumentet mangler {missing}. Udbyderen kan ikke bruges til login.',
  'sso.check.pkce.ok': 'Udbyderen understøtter PKCE (S256), som beskytter login-koden.',
  'sso.check.pkce.unknown':
    'Udbyderen oplyser ikke, om den understøtter PKCE. Entra ID og Keycloak gør; andre skal understøtte S256.',
  'sso.check.pkce.fail': 'Udbyderen understøtter ikke PKCE med S256. Slå det til hos udbyderen.',
  'sso.check.keys.ok': 'Udbyderens signeringsnøgler kan hentes ({count}).',
  'sso.check.keys.fail': 'Udbyderens signeringsnøgler kunne ikke hentes fra {url}.',
  'sso.check.skipped': 'Ikke tjekket, fordi et tidligere trin fejlede.',
  'mail.reset.subject': 'Nulstil din adgangskode til Aktion',
  'mail.reset.body':
    'Hej {name}\n\nDu (eller en anden) har bedt om at nulstille din adgangskode til Aktion.\nBrug linket inden for en time. Det virker kun én gang:\n\n{link}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.',
  'mail.invite.subject': 'Du er inviteret til Aktion hos {organisation}',
  'mail.invite.body':
    'Hej {name}\n\n{inviter} har inviteret dig til Aktion hos {organisation}.\nÅbn linket for at tage imod invitationen. Det virker i 7 dage:\n\n{link}',
  'import.too_large_table':
    'Filen har for mange rækker eller kolonner (højst {rows} rækker og {columns} kolonner). Del den op.',
  'import.empty_file': 'Filen er tom. Vælg en fil med en overskriftslinje og mindst én række.',
  'import.unknown_encoding':
    'Filen kan ikke læses som tekst. Gem den fra Excel som "CSV UTF-8" eller "CSV (semikolonsepareret)" og prøv igen.',
  'import.unclosed_quote':
    'Linje {line}: et felt i anførselstegn bliver aldrig afsluttet. Tjek anførselstegnene.',
  'import.invalid_json': 'Filen er ikke gyldig JSON.',
  'import.not_os2mo':
    'JSON-filen har ikke OS2mo-formen: den skal have listen "org_units" og/eller "engagements".',
  'import.already_applied': 'Importen er allerede gennemført.',
  'import.has_problems':
    'Importen har {count} problemer og kan ikke gennemføres. Ret filen og indlæs den igen.',
  'import.expired': 'Forhåndsvisningen er mere end 24 timer gammel. Indlæs filen igen.',
  'import.stale': 'Data er ændret, siden forhåndsvisningen blev lavet ({detail}). Indlæs filen igen.',
  'import.problem.missing_column':
    'Kolonnen "{column}" mangler. Vælg hvilken kolonne i filen, der svarer til den.',
  'import.problem.mapping_field':
    'Kolonnen "{column}" er sat til "{field}", som ikke findes i denne type fil.',
  'import.problem.mapping_duplicate': 'Feltet "{field}" er valgt for flere kolonner: {columns}.',
  'import.problem.id_missing': 'Id mangler i "{column}".',
  'import.problem.name_missing': 'Navn mangler.',
  'import.problem.too_long': '"{column}" er for lang (højst {max} tegn).',
  'import.problem.duplicate_id': 'Id "{id}" står flere gange i filen (første gang: {first}).',
  'import.problem.unknown_kind': 'Ukendt type "{value}". Brug en af: {known}.',
  'import.problem.kind_missing': 'En ny enhed skal have en type. Brug en af: {known}.',
  'import.problem.parent_missing':
    'Den overordnede enhed "{parent}" findes hverken i filen eller i organisationen.',
  'import.problem.circular_parent': 'Enhederne ligger i ring under hinanden: {cycle}.',
  'import.problem.manager_missing':
    'Lederen "{manager}" findes hverken i filen eller blandt organisationens personer.',
  'import.problem.unit_missing': 'Enheden "{unit}" findes hverken i filen eller i organisationen.',
  'import.problem.unknown_level': 'Ukendt ledelsesniveau "{value}". Brug en af: {known}.',
  'import.problem.invalid_email': '"{value}" er ikke en gyldig e-mailadresse.',
  'import.problem.unknown_field': 'Ukendt fagområde "{value}". Kendte fagområder: {known}.',
  'import.problem.missing_value': 'Posten mangler "{field}".',
} as const;

export type MessageKey = keyof typeof da;

const en: Record<MessageKey, string> = {
  'error.validation_failed': 'Some fields are not filled in correctly. Correct them and try again.',
  'error.invalid_json': 'The request is not valid JSON.',
  'error.unsupported_media_type': 'Send data as JSON (Content-Type: application/json).',
  'error.unauthenticated': 'You are not signed in, or your session has expired. Sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.csrf': 'Security check failed (missing or wrong CSRF token). Reload the page and try again.',
  'error.foreign_origin': 'The request came from another website and was refused.',
  'error.not_found': 'It does not exist, or you do not have access to it.',
  'error.route_not_found': 'The address {method} {url} does not exist.',
  'error.conflict': 'This is not possible in the current state.',
  'error.gone': 'The link has expired or has already been used. Ask for a new one.',
  'error.payload_too_large': 'The data is too large. The limit is {limit}.',
  'error.rate_limited': 'Too many attempts. Wait {seconds} seconds and try again.',
  'error.internal': 'An unexpected error occurred. Quote the reference {reference} if you contact support.',
  'auth.wrong_credentials': 'Wrong e-mail or password.',
  'auth.deactivated': 'Your account is deactivated. Contact your administrator.',
  'auth.no_organisation': 'You are not a member of this organisation.',
  'auth.wrong_password_existing': 'The password does not match the existing account.',
  'password.too_short': 'The password must have at least 12 characters.',
  'password.too_long': 'The password may have at most 256 characters.',
  'password.too_common':
    'The password is too common. Choose one that is harder to guess, such as a sentence.',
  'password.contains_email': 'The password must not contain your e-mail address.',
  'users.invitation_exists': 'There is already an active invitation for {email}.',
  'users.already_member': '{email} is already a user in the organisation.',
  'users.last_admin': 'The organisation must keep at least one active administrator.',
  'users.self_deactivate': 'You cannot deactivate yourself.',
  'users.invitation_not_pending': 'The invitation is no longer active.',
  'users.account_created_meanwhile': 'An account with this e-mail was created just now. Open the link again.',
  'org.unknown_unit': 'The unit does not exist in the organisation.',
  'org.unknown_field': 'The professional field does not exist (or is archived).',
  'org.unknown_user': 'The account does not exist in the organisation.',
  'org.unknown_person': 'The person does not exist in the organisation.',
  'org.cycle': 'A unit cannot sit below itself or one of its own subunits.',
  'org.external_id_taken': 'The id {externalId} is already used by someone else in the organisation.',
  'org.user_already_linked': 'The account is already linked to another person.',
  'org.field_exists': 'A professional field with that name already exists.',
  'outbox.smtp_configured': 'The outbox is shown only when no SMTP server is set up (SMTP_URL).',
  'field.required': 'Required.',
  'field.invalid_type': 'Wrong type: expected {expected}.',
  'field.too_small_string': 'Must have at least {minimum} characters.',
  'field.too_big_string': 'May have at most {maximum} characters.',
  'field.too_small_number': 'Must be at least {minimum}.',
  'field.too_big_number': 'May be at most {maximum}.',
  'field.too_small_array': 'Choose at least {minimum}.',
  'field.too_big_array': 'Choose at most {maximum}.',
  'field.email': 'Enter a valid e-mail address, such as name@municipality.dk.',
  'field.uuid': 'Must be a valid id.',
  'field.enum': 'Must be one of: {values}.',
  'field.unknown': 'Unknown field. Remove it.',
  'field.duplicate_role': 'Each role may be chosen only once.',
  'field.invalid': 'Invalid value.',
  'field.issuer_url': 'Enter a whole address, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0.',
  'field.issuer_https':
    'The address must start with https:// (only a provider on this machine may use http://).',
  'field.claim_name': 'A claim name may only contain letters, digits and _ : . / -',
  'field.scopes': 'Enter scopes separated by spaces, e.g. "openid email profile".',
  'field.scopes_openid': 'Scopes must include "openid".',
  'field.embed_origin_url': "Enter the website's address with https:// in front, e.g. https://www.viborg.dk.",
  'field.embed_origin_https':
    'The address must begin with https://. Only localhost and 127.0.0.1 (for testing) may use http://.',
  'field.embed_origin_path':
    "Enter only the website's address, with nothing after the name and no / at the end, e.g. https://www.viborg.dk.",
  'field.embed_origin_wildcard': 'Enter each website on its own. A * cannot be used.',
  'field.embed_origins_too_many': 'There can be at most 20 websites.',
  'field.embed_origins_duplicate': 'The same website is listed more than once. Remove one of them.',
  'field.second_factor_code_format':
    'Enter the 6 digits from your app or a recovery code (10 characters, e.g. abcde-fghjk).',
  'second_factor.already_on': 'Two-step verification is already on.',
  'second_factor.not_started': 'Start setting up two-step verification first.',
  'second_factor.wrong_code': 'The code does not match. Enter the code your app shows right now.',
  'second_factor.used_code':
    'The code has already been used. Wait for the next code in the app, or use another recovery code.',
  'second_factor.required':
    'Administrators must use two-step verification. It cannot be turned off while you are an administrator.',
  'second_factor.setup_required':
    'As an administrator you must turn on two-step verification before you continue.',
  'second_factor.challenge_expired': 'The login has expired or had too many wrong codes. Log in again.',
  'second_factor.none_to_reset': 'The person does not have two-step verification turned on.',
  'second_factor.reset_elsewhere':
    'The person also belongs to an organisation you do not administer. Ask an administrator there to reset it.',
  'event.ends_before_start': 'The end must be after the start.',
  'event.check_in_after_start': 'Check-in must begin before the event starts.',
  'event.deadline_after_start': 'The registration deadline must be before the event starts.',
  'event.cancellable_until_missing': 'Enter the last time people can cancel.',
  'event.place_missing': 'Enter a venue, an address or a link to an online meeting.',
  'event.capacity_below_taken': '{taken} seats are already taken. The number of seats cannot be lower.',
  'event.not_draft': 'The event has already been published.',
  'event.held_by_activity':
    "The event holds the seats of an activity of a cohort. Change the activity in the cohort's plan instead.",
  'registration.closed': 'Registration is closed: the deadline has passed.',
  'registration.full': 'The event is full and has no waiting list.',
  'registration.duplicate_email': 'There is already a registration with this e-mail address for the event.',
  'registration.invoice_required':
    'Enter an EAN number (public buyers) or a CVR number, so we can send the invoice.',
  'field.ean_digits': 'An EAN number has 13 digits.',
  'field.ean_check_digit':
    'The EAN number is not valid: the last digit (the check digit) does not match. Check the number.',
  'field.cvr_digits': 'A CVR number has 8 digits.',
  'field.cvr_check':
    'The CVR number is not valid: its digits do not add up as they must in a CVR number. Check that you typed it right.',
  'field.accept_terms': 'You must accept the terms to register.',
  'mail.registration.confirmed.subject': 'You are registered: {event}',
  'mail.registration.confirmed.body':
    'Hello {name}\n\nYou are registered for {event}, {when}.\n\nYour ticket is attached: show the QR code at the entrance, or say the code {code}. The calendar file (.ics) puts the event in your calendar.\n\nSee or change your registration here (the link is personal):\n{link}\n\nKind regards\n{organisation}',
  'mail.registration.waitlisted.subject': 'You are on the waiting list: {event}',
  'mail.registration.waitlisted.body':
    'Hello {name}\n\n{event}, {when}, is full. You are on the waiting list and will get an e-mail if a seat frees up.\n\nSee your registration here (the link is personal):\n{link}\n\nKind regards\n{organisation}',
  'registration.not_confirmed': 'Only a confirmed seat can be handed on.',
  'registration.substitution_closed': 'The deadline for handing the seat on has passed.',
  'registration.not_active': 'The registration has already ended.',
  'registration.already_checked_in':
    'The seat is already in use: the attendee has checked in. It cannot be handed on now.',
  'registration.binding':
    'The registration is binding and cannot be cancelled. You can hand the seat to a colleague.',
  'registration.offer_gone': 'The offer of a seat has expired or has already been used.',
  'checkin.unknown_ticket': 'There is no such ticket for this event. Check the code, or search by name.',
  'checkin.not_confirmed': 'The registration is not confirmed (waiting list or cancelled).',
  'mail.registration.substitute_new.subject': 'You have a seat: {event}',
  'mail.registration.substitute_new.body':
    'Hello {name}\n\n{previous} has handed their seat at {event}, {when}, on to you.\n\nYour ticket is attached: show the QR code at the entrance, or say the code {code}. The calendar file (.ics) puts the event in your calendar.\n\nSee your registration and your ticket here (the link is personal):\n{link}\n\nKind regards\n{organisation}',
  'mail.registration.substitute_old.subject': 'Your seat has been handed on: {event}',
  'mail.registration.substitute_old.body':
    'Hello {name}\n\nYour seat at {event}, {when}, has been handed on to {next}. Your ticket is no longer valid.\n\nKind regards\n{organisation}',
  'mail.registration.accepted.subject': 'Your seat is confirmed: {event}',
  'mail.registration.accepted.body':
    'Hello {name}\n\nYou have accepted the seat at {event}, {when}. Your registration is confirmed.\n\nYour ticket is attached: show the QR code at the entrance, or say the code {code}. The calendar file (.ics) puts the event in your calendar.\n\nSee your registration here (the link is personal):\n{link}\n\nKind regards\n{organisation}',
  'mail.registration.waiting_list_closed.subject': 'The waiting list is closed: {event}',
  'mail.registration.waiting_list_closed.body':
    'Hello {name}\n\nThe organiser has closed the waiting list for {event}, {when}. You are therefore no longer on the waiting list, and no more seats will be offered.\n\nContact the organiser if you have questions.\n\nKind regards\n{organisation}',
  'mail.activity.reminder.subject': 'Reminder: {activity}, {when}',
  'mail.activity.reminder.body':
    'Hello {name}\n\nRemember {activity} ({cohort}), {when}.\n\nPlace: {place}\n\nHow to prepare:\n{prepare}\n\nSee the activity, the materials and your attendance here:\n{link}\n\nKind regards\n{organisation}',
  'mail.activity.reminder.no_place': 'to be announced',
  'mail.activity.reminder.nothing_to_prepare': 'There is nothing special to prepare.',
  'mail.journal.reminder.subject': 'A few lines in your journal?',
  'mail.journal.reminder.body':
    'Hello {name}\n\nYou have not written in your journal for {cohort} for {days} days. A few lines will do: what did you try, and what happened?\n\nWrite here:\n{link}\n\nIf you do not want these reminders, you can turn them off on the same page under "Reminder".\n\nKind regards\n{organisation}',
  // assessment: rounds (helper 1)
  'assessment.too_few_invited':
    'The round must invite at least {k} people, so that nobody can be recognised in the results. Your choice gives {count}. Choose a larger group.',
  'assessment.round_closed': 'The round is closed and can no longer be changed.',
  'assessment.round_open':
    'The round has opened, so its start date can no longer be changed. Name and end date can still be changed.',
  'assessment.round_not_scheduled': 'The round has opened and cannot be deleted. You can close it instead.',
  'assessment.round_not_open': 'This can only be done while the round is open.',
  // assessment: who manages a round (helper 8)
  'assessment.not_round_manager':
    'You can see the round, but not change, close, delete or send reminders for it. Only an administrator and the facilitators of the round’s cohort can.',
  'assessment.reminder_too_soon':
    'A reminder was sent within the last {hours} hours. Wait a while before sending another.',
  'assessment.raw_answers_refused':
    'Individual answers are never handed out. See the results for groups of at least {k} people under the round’s results.',
  'field.anonymity_k': 'Choose a whole number from 3 to 50.',
  'field.closes_after_opens': 'The end date must be after the start date.',
  'field.closes_in_future': 'The end date must be in the future.',
  'field.open_days_max': 'A round can be open for at most {days} days.',
  'field.cohort_or_population': 'Choose either a cohort or a group of leaders.',
  'field.leader_level': 'Choose among the management levels director, head, manager and team leader.',
  'field.compare_round': 'The round to compare with does not exist.',
  'mail.assessment.invitation.subject': 'Self-assessment: {round}',
  'mail.assessment.invitation.body':
    'Hello {name}\n\nYou are invited to the self-assessment "{round}" on digital leadership and digital imagination. It takes about a quarter of an hour, and you can save along the way and continue later.\n\nYour answers are private. You get your own profile, which only you can see. Others see only combined results for groups of at least {k} people, never what you answered.\n\nAnswer by {closes}:\n{link}\n\nKind regards\n{organisation}',
  'mail.assessment.reminder.subject': 'Reminder: the self-assessment {round}',
  'mail.assessment.reminder.body':
    'Hello {name}\n\nA reminder of the self-assessment "{round}". It closes {closes}. If you have saved some answers, you continue where you left off.\n\nIf you have already answered, thank you – you can disregard this e-mail.\n\nYour answers are private. Others see only combined results for groups of at least {k} people.\n\nAnswer here:\n{link}\n\nKind regards\n{organisation}',
  'mail.registration.offer.subject': 'There is a seat for you: {event}',
  'mail.registration.offer.body':
    'Hello {name}\n\nA seat has become free at {event}, {when}. It is held for you until {until}.\n\nAccept it through the personal link in your registration e-mail.\n\nKind regards\n{organisation}',
  'programme.unknown_lineage': 'The module or track is not in this version. Reload the page and try again.',
  'programme.track_title_taken': 'Two tracks have the same title. Give each track its own title.',
  'programme.unknown_focus_area': 'One of the chosen focus areas is not in your catalogue.',
  'programme.version_read_only':
    'The version is published or archived and cannot be changed. Make a new version from it instead.',
  'programme.stale_revision':
    'Someone else saved the version while you were working. Reload the page to see their changes before you save.',
  'programme.version_empty': 'The version has no modules yet. Add at least one module before you publish.',
  'programme.already_archived': 'The version is already archived.',
  'programme.not_same_programme': 'The two versions belong to different programmes and cannot be compared.',
  'programme.unknown_file':
    'The file is not in your organisation. Remove the material and upload the file again.',
  'file.empty': 'The file is empty. Choose a file with content.',
  'file.too_large': 'The file is too large. A file may be at most {limit}.',
  'file.type_not_allowed':
    'That type of file cannot be uploaded. You can upload PDF, Word, Excel, PowerPoint, images (PNG and JPEG) and text files (.txt and .md).',
  'file.content_mismatch':
    'The file’s contents do not match its type (a renamed file, say). You can upload PDF, Word, Excel, PowerPoint, images (PNG and JPEG) and text files (.txt and .md in UTF-8).',
  'focus_area.name_taken': 'A focus area with that name already exists.',
  'field.colour': 'Write the colour as # and six characters, e.g. #1d5a85.',
  'field.duration': 'The duration must be between 1 minute and 40 hours.',
  'field.material_url': 'Write a full web address that starts with https://.',
  'cohort.unknown_version': 'The programme version does not exist in your organisation.',
  'cohort.version_draft':
    'The version is a draft. A cohort can only be started from a published version: publish it first.',
  'cohort.version_archived': 'The version is archived. Start the cohort from a published version instead.',
  'cohort.unknown_facilitator':
    'Choose users of your organisation who have the facilitator or administrator role.',
  'cohort.unknown_person': 'One or more of the people do not exist in your organisation.',
  'cohort.person_left': 'One or more of the people are marked as having left and cannot be enrolled.',
  'cohort.unknown_module': 'The module does not belong to the programme version the cohort follows.',
  'cohort.not_participant': 'The person is not a participant of the cohort.',
  'cohort.duplicate_mark': 'The person is listed more than once. Mark each participant once.',
  'action_learning.no_set':
    'You are not in a learning set in this cohort yet. Share with the facilitator, or keep it to yourself.',
  'action_learning.unknown_focus_area':
    'One of the focus areas does not exist (or is archived). Choose from the list.',
  'action_learning.stale':
    'The project was saved elsewhere (for example in another tab) since you opened it. Copy your changes, reload the page and enter them again.',
  // assessment: answering and the private profile (helper 2)
  'field.answer_scale': 'The answer must be a number from 1 to 5 or "don\'t know".',
  'my_assessment.unknown_item':
    'This question is not part of this assessment. Reload the page and try again.',
  'my_assessment.round_not_open':
    'The assessment is not open for answers: it has either not opened yet or already closed.',
  'my_assessment.already_submitted':
    'You have already submitted your answers to this assessment. They cannot be changed, but you can see your profile.',
  'my_assessment.unanswered':
    'Answer the remaining questions ({count} left): choose an answer or "don\'t know" for each.',
  'my_assessment.item_unanswered': 'Choose an answer or "don\'t know".',
  'my_assessment.not_submitted': 'Your profile is ready once you have submitted your answers.',
  // assessment: released aggregates, heatmap and exports (helper 3)
  'heatmap.round_not_closed':
    'Results are shown once the round has closed, so that answers coming in one by one cannot be told apart.',
  'heatmap.unknown_filter':
    'Choose one of the round’s own groups. Only the groups fixed for the round can be shown.',
  'heatmap.compare_same': 'Choose another round to compare with.',
  // assessment: the instrument's versions and the organisation's own statements (helper 7)
  'document.draft_exists': 'There is already a draft. Edit it, or delete it before you make a new one.',
  'document.version_published':
    'This version is published and cannot be changed. Make a new draft to change it.',
  'document.stale_edit':
    'Someone else saved the draft after you opened it. Load the new version and make your changes again.',
  // the base narrative and its questions (issue 9)
  'narrative.empty': 'The narrative has no parts yet. Write at least one part before you publish it.',
  'narrative.unknown_focus_area':
    'One of the chosen focus areas is not in your catalogue. Choose from the list.',
  'narrative.no_earlier_version': 'There is no earlier version to compare with. Choose another version.',
  'narrative.unknown_part': 'The part is not in the published narrative. Reload the page and choose a part.',
  'narrative.too_many_open_questions':
    'You already have {max} questions waiting for an answer. Wait for an answer before you ask a new one.',
  'mail.narrative.answered.subject': 'Your question about the narrative has been answered',
  'mail.narrative.answered.body':
    'Hello {name}\n\nYou asked a question about the part "{part}" of your digital narrative. It has now been answered.\n\nRead the answer here:\n{link}\n\nEveryone can read the question and the answer. The page shows the questions without names, so the other leaders cannot see that you asked it.\n\nKind regards\n{organisation}',
  // the responsibility matrix and its named groups (issue 9)
  'responsibilities.matrix_invalid':
    'The roles and responsibilities cannot be published yet. Tasks with problems: {count}. Fix them and try again.',
  'responsibilities.task_no_accountable':
    'The task "{task}" has no A. Choose the one who is accountable for the task.',
  'responsibilities.task_many_accountable': 'The task "{task}" must have exactly one A (it has {count}).',
  'responsibilities.task_no_responsible':
    'The task "{task}" has no R. Choose at least one who does the work.',
  'responsibilities.task_no_accountable_no_responsible':
    'The task "{task}" has neither an A nor an R. Choose the one who is accountable, and at least one who does the work.',
  'responsibilities.task_many_accountable_no_responsible':
    'The task "{task}" must have exactly one A (it has {count}) and at least one R who does the work.',
  'responsibilities.no_earlier_version': 'There is no earlier version to compare with.',
  'responsibilities.matrix_empty':
    'The table of roles and responsibilities is empty. Add at least one task and one column before you publish it.',
  'field.responsibility_unit_ended': 'The unit has been closed down. Choose another one.',
  'responsibilities.group_exists': 'There is already a group called "{name}". Choose another name.',
  'field.responsibility_unknown_group': 'The group is not in the organisation. Choose one of your groups.',
  'field.duplicate_key': 'The key is used more than once. Give each its own key.',
  'field.unknown_task_group': 'The task group does not exist. Choose one of the groups in the table.',
  'field.unknown_actor': 'The column is not in the table. Remove the letter, or add the column.',
  'field.matrix_key':
    'A key may only hold lower-case letters a to z, digits, - and _. It must begin with a letter or a digit.',
  'field.duplicate_person': 'The same person is there more than once. Remove one of them.',
  'instrument.draft_exists': 'There is already a draft. Edit it, or delete it before you make a new one.',
  'instrument.version_published':
    'The version is published and cannot be changed. Make a new draft if the questionnaire needs changing.',
  'field.instrument_unknown_dimension':
    'The dimension is not part of the questionnaire. Choose one from the list.',
  'field.instrument_key_builtin':
    "The key is already used by one of the questionnaire's fixed statements. Leave it out, and a new one is made.",
  'field.instrument_key_taken': 'Two statements have the same key. Give each its own, or leave it out.',
  'field.instrument_dimension_full': 'There can be at most 4 own statements in each dimension.',
  'field.instrument_too_many': 'There can be at most 20 own statements in all.',
  // glossary and readability targets (issue 9, helper: glossary server)
  'glossary.term_exists': 'The term "{term}" is already in the glossary.',
  'glossary.form_exists': '"{form}" is already in the glossary as another form of "{term}".',
  'glossary.full': 'The glossary can hold at most {max} terms. Delete some before you add more.',
  'field.duplicate_variant': 'The same form is there more than once. Remove one of them.',
  'field.variant_is_term': 'Another form cannot be the same as the term itself. Remove it.',
  'field.term_letters': 'Write at least two letters.',
  'field.duplicate_text_type': 'The same kind of text is there more than once. Give each kind one target.',
  'learning_sets.default_name': 'Set {n}',
  'learning_sets.too_few':
    'The cohort has {count} participants. One learning set needs at least {minimum}: enrol more, or choose a smaller size.',
  'learning_sets.manager_conflict':
    '{name} manages {count} of the other participants, so they cannot all be kept in other sets (the rule: nobody in a set with their own manager). Choose a smaller size, or remove someone from the cohort.',
  'learning_sets.manager_pair':
    '{manager} and {report} are in the same set, but {manager} is the manager of {report}. Move one of them to another set.',
  'learning_sets.not_participant': 'One or more of the people are not participants of the cohort.',
  'learning_sets.unknown_set':
    'One of the sets no longer exists (or appears twice). Reload the page and try again.',
  'learning_sets.duplicate_person':
    '{name} is in more than one set. Each participant can be in one set only.',
  'learning_sets.locked': 'The learning sets are locked. Unlock them to change them.',
  'learning_sets.nothing_to_lock': 'Save the learning sets before you lock them.',
  'insights.stale':
    'Someone changed the insight after you opened it (perhaps you, in another tab). The saved version is now version {version}. Load the newest version and enter your changes again.',
  'insights.not_author': 'Only the person who wrote the insight can change or delete it.',
  'insights.no_set':
    'You are not in a learning set of the cohort {cohort}, so the insight cannot be shared with your set. Share it with the cohort or the whole organisation, or keep it to yourself.',
  'insights.needs_cohort': 'Choose the cohort to share the insight with.',
  'insights.not_in_cohort':
    'You are neither a participant nor a facilitator of the cohort {cohort}, so you cannot share with it. Share with the whole organisation, or keep the insight to yourself.',
  'insights.not_your_cohort': 'Choose a cohort you take part in or facilitate.',
  'insights.cohort_of_source':
    "The insight belongs to its source's cohort. Clear the cohort, or choose the source's cohort.",
  'insights.unknown_focus_area':
    'One of the focus areas does not exist (or is archived). Choose from the list.',
  'field.tags_max': 'At most 10 tags.',
  'field.source_pair': 'Give both the type and the id of the source, or neither.',
  'learning_sets.has_meetings':
    '{name} has {count} meeting(s) and so cannot be removed. Move the meetings to another set, or keep {name}.',
  'learning_set_meeting.not_member': 'Only members of the set can be recorded as present.',
  'learning_set_meeting.not_member_project':
    "Choose only projects that the set's members have in this cohort.",
  'learning_set_meeting.unknown_activity': "Choose an activity from the cohort's plan.",
  'learning_set_meeting.unknown_set': 'Choose another learning set of the same cohort that you run.',
  'field.meeting_when': "Give the meeting's date and time, or choose an activity from the cohort's plan.",
  'field.meeting_time_from_activity':
    'The meeting is held in an activity and has its time. Choose "no activity" to give it another.',
  'field.signup_capacity': 'Enter the number of seats when participants sign up.',
  'activity.signup_in_use':
    'Signed up now: {count} (with a seat or on the waiting list). Sign-up can be turned off only when nobody is signed up.',
  'signup.not_used': 'There is no sign-up for this activity: every participant of the cohort takes part.',
  'signup.no_email':
    'We have no e-mail address for you, so you cannot sign up. Ask an administrator to add it.',
  'signup.already': 'You are already signed up for this date.',
  'signup.full': 'There are no more seats on this date, and there is no waiting list. Choose another date.',
  'signup.closed': 'Sign-up for this date is closed because the activity has begun.',
  'signup.not_signed_up': 'You are not signed up for this date.',
  'signup.cancel_closed': 'The activity has begun, so you can no longer cancel.',
  'signup.offer_gone': 'The offer of a seat has expired or has already been used.',
  'field.calendar_date': 'Write a date as YYYY-MM-DD, e.g. 2027-09-01.',
  'field.period_order': 'The end date must be the same day as the start date or later.',
  'field.instant': 'Write a point in time with date, time of day and time zone.',
  'field.activity_order': 'The activity must end after it begins.',
  'field.online_url': 'Write a full web address that starts with https://.',
  'field.reason_only_absent': 'A reason can only be given for an absence.',
  'sso.password_login_off':
    'Your organisation uses single sign-on. Use the button "Log in with {organisation}" instead.',
  'sso.switch_refused':
    "You are logged in through your organisation's own login. Log out and in again to switch organisation.",
  'sso.check.reachable.ok': 'The address answers.',
  'sso.check.reachable.fail':
    "We could not reach {url} ({detail}). Check the address, and that Aktion's server can reach it (firewall or proxy).",
  'sso.check.discovery.ok': "The provider's configuration document was found.",
  'sso.check.discovery.fail':
    'There is no valid OpenID configuration document at {url}. For Entra ID the address is https://login.microsoftonline.com/<tenant-id>/v2.0, for Keycloak https://<server>/realms/<realm>.',
  'sso.check.issuer_matches.ok': 'The issuer in the document matches the address.',
  'sso.check.issuer_matches.fail':
    'The document names the issuer {actual}, but the address is {expected}. Use exactly the address the document names.',
  'sso.check.endpoints.ok': 'The provider has the addresses login uses.',
  'sso.check.endpoints.fail':
    'The configuration document lacks {missing}. The provider cannot be used for login.',
  'sso.check.pkce.ok': 'The provider supports PKCE (S256), which protects the login code.',
  'sso.check.pkce.unknown':
    'The provider does not say whether it supports PKCE. Entra ID and Keycloak do; others must support S256.',
  'sso.check.pkce.fail': 'The provider does not support PKCE with S256. Turn it on at the provider.',
  'sso.check.keys.ok': "The provider's signing keys can be fetched ({count}).",
  'sso.check.keys.fail': "The provider's signing keys could not be fetched from {url}.",
  'sso.check.skipped': 'Not checked, because an earlier step failed.',
  'mail.reset.subject': 'Reset your Aktion password',
  'mail.reset.body':
    'Hello {name}\n\nYou (or someone else) asked to reset your Aktion password.\nUse the link within one hour. It works only once:\n\n{link}\n\nIf you did not ask for this, you can ignore this e-mail.',
  'mail.invite.subject': 'You are invited to Aktion at {organisation}',
  'mail.invite.body':
    'Hello {name}\n\n{inviter} has invited you to Aktion at {organisation}.\nOpen the link to accept the invitation. It works for 7 days:\n\n{link}',
  'import.too_large_table':
    'The file has too many rows or columns (at most {rows} rows and {columns} columns). Split it up.',
  'import.empty_file': 'The file is empty. Choose a file with a header line and at least one row.',
  'import.unknown_encoding':
    'The file cannot be read as text. Save it from Excel as "CSV UTF-8" or "CSV (semicolon delimited)" and try again.',
  'import.unclosed_quote': 'Line {line}: a field in quotes is never closed. Check the quotes.',
  'import.invalid_json': 'The file is not valid JSON.',
  'import.not_os2mo':
    'The JSON file does not have the OS2mo shape: it needs the list "org_units" and/or "engagements".',
  'import.already_applied': 'The import has already been applied.',
  'import.has_problems':
    'The import has {count} problems and cannot be applied. Correct the file and load it again.',
  'import.expired': 'The preview is more than 24 hours old. Load the file again.',
  'import.stale': 'The data has changed since the preview was made ({detail}). Load the file again.',
  'import.problem.missing_column':
    'The column "{column}" is missing. Choose which column of the file matches it.',
  'import.problem.mapping_field':
    'The column "{column}" is set to "{field}", which this kind of file does not have.',
  'import.problem.mapping_duplicate': 'The field "{field}" is chosen for several columns: {columns}.',
  'import.problem.id_missing': 'The id is missing in "{column}".',
  'import.problem.name_missing': 'The name is missing.',
  'import.problem.too_long': '"{column}" is too long (at most {max} characters).',
  'import.problem.duplicate_id': 'The id "{id}" occurs more than once in the file (first: {first}).',
  'import.problem.unknown_kind': 'Unknown type "{value}". Use one of: {known}.',
  'import.problem.kind_missing': 'A new unit needs a type. Use one of: {known}.',
  'import.problem.parent_missing':
    'The parent unit "{parent}" is neither in the file nor in the organisation.',
  'import.problem.circular_parent': 'The units are placed in a circle under each other: {cycle}.',
  'import.problem.manager_missing':
    'The manager "{manager}" is neither in the file nor among the organisation’s people.',
  'import.problem.unit_missing': 'The unit "{unit}" is neither in the file nor in the organisation.',
  'import.problem.unknown_level': 'Unknown management level "{value}". Use one of: {known}.',
  'import.problem.invalid_email': '"{value}" is not a valid e-mail address.',
  'import.problem.unknown_field': 'Unknown professional field "{value}". Known fields: {known}.',
  'import.problem.missing_value': 'The entry lacks "{field}".',
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { da, en };

export type MessageParams = Record<string, string | number>;

export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The user's language: the account's choice, else Accept-Language, else Danish. */
export function pickLocale(
  accountLocale: string | null | undefined,
  acceptLanguage: string | undefined,
): Locale {
  if (accountLocale === 'da' || accountLocale === 'en') return accountLocale;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      if (tag.startsWith('da') || tag.startsWith('nb') || tag.startsWith('nn')) return 'da';
      if (tag.startsWith('en')) return 'en';
    }
  }
  return 'da';
}
