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
  'mail.reset.subject': 'Nulstil din adgangskode til Aktion',
  'mail.reset.body':
    'Hej {name}\n\nDu (eller en anden) har bedt om at nulstille din adgangskode til Aktion.\nBrug linket inden for en time. Det virker kun én gang:\n\n{link}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.',
  'mail.invite.subject': 'Du er inviteret til Aktion hos {organisation}',
  'mail.invite.body':
    'Hej {name}\n\n{inviter} har inviteret dig til Aktion hos {organisation}.\nÅbn linket for at tage imod invitationen. Det virker i 7 dage:\n\n{link}',
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
  'mail.reset.subject': 'Reset your Aktion password',
  'mail.reset.body':
    'Hello {name}\n\nYou (or someone else) asked to reset your Aktion password.\nUse the link within one hour. It works only once:\n\n{link}\n\nIf you did not ask for this, you can ignore this e-mail.',
  'mail.invite.subject': 'You are invited to Aktion at {organisation}',
  'mail.invite.body':
    'Hello {name}\n\n{inviter} has invited you to Aktion at {organisation}.\nOpen the link to accept the invitation. It works for 7 days:\n\n{link}',
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
