import type { Role } from '../../../../core/roles.js';
import type { SsoConfigReq, SsoConfigRes } from '../../../../core/schemas/sso.js';

export interface MappingRow {
  /** Stable across edits, for React keys and field ids. */
  key: number;
  value: string;
  roles: Role[];
}

/** The form as typed: strings for every text field, the secret empty unless a new one is typed. */
export interface SsoFormState {
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  emailClaim: string;
  nameClaim: string;
  externalIdClaim: string;
  groupsClaim: string;
  roleMappings: MappingRow[];
  leaderRoles: Role[];
  passwordLogin: boolean;
}

export const SSO_IDS = {
  enabled: 'sso-enabled',
  issuer: 'sso-issuer',
  clientId: 'sso-client-id',
  clientSecret: 'sso-client-secret',
  scopes: 'sso-scopes',
  emailClaim: 'sso-email-claim',
  nameClaim: 'sso-name-claim',
  externalIdClaim: 'sso-external-id-claim',
  groupsClaim: 'sso-groups-claim',
  leaderRoles: 'sso-leader-roles',
  passwordLogin: 'sso-password-login',
  addMapping: 'sso-add-mapping',
} as const;

export const mappingValueId = (row: MappingRow) => `sso-mapping-${row.key}-value`;
export const mappingRolesId = (row: MappingRow) => `sso-mapping-${row.key}-roles`;

export function fromConfig(config: SsoConfigRes): SsoFormState {
  return {
    enabled: config.enabled,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: '',
    scopes: config.scopes,
    emailClaim: config.emailClaim,
    nameClaim: config.nameClaim,
    externalIdClaim: config.externalIdClaim,
    groupsClaim: config.groupsClaim ?? '',
    roleMappings: config.roleMappings.map((m, i) => ({ key: i, value: m.value, roles: [...m.roles] })),
    leaderRoles: [...config.leaderRoles],
    passwordLogin: config.passwordLogin,
  };
}

/** The request: an empty secret field keeps the stored secret; an empty groups claim means none. */
export function toRequest(state: SsoFormState): SsoConfigReq {
  const body: SsoConfigReq = {
    enabled: state.enabled,
    issuer: state.issuer.trim(),
    clientId: state.clientId.trim(),
    scopes: state.scopes.trim().split(/\s+/).join(' '),
    emailClaim: state.emailClaim.trim(),
    nameClaim: state.nameClaim.trim(),
    externalIdClaim: state.externalIdClaim.trim(),
    groupsClaim: state.groupsClaim.trim() || null,
    roleMappings: state.roleMappings.map((m) => ({ value: m.value.trim(), roles: m.roles })),
    leaderRoles: state.leaderRoles,
    passwordLogin: state.passwordLogin,
  };
  if (state.clientSecret !== '') body.clientSecret = state.clientSecret;
  return body;
}

const REQUIRED = ['issuer', 'clientId', 'scopes', 'emailClaim', 'nameClaim', 'externalIdClaim'] as const;
export type RequiredField = (typeof REQUIRED)[number];

export type SsoProblem =
  | { id: string; kind: 'required'; field: RequiredField }
  | { id: string; kind: 'mappingValue' | 'mappingRoles'; n: number };

/** What must be filled in before saving, in the order of the form; the server checks the rest. */
export function validate(state: SsoFormState): SsoProblem[] {
  const problems: SsoProblem[] = [];
  for (const field of ['issuer', 'clientId', 'scopes'] as const) {
    if (!state[field].trim()) problems.push({ id: SSO_IDS[field], kind: 'required', field });
  }
  for (const field of ['emailClaim', 'nameClaim', 'externalIdClaim'] as const) {
    if (!state[field].trim()) problems.push({ id: SSO_IDS[field], kind: 'required', field });
  }
  state.roleMappings.forEach((row, i) => {
    if (!row.value.trim()) problems.push({ id: mappingValueId(row), kind: 'mappingValue', n: i + 1 });
    if (row.roles.length === 0) problems.push({ id: mappingRolesId(row), kind: 'mappingRoles', n: i + 1 });
  });
  return problems;
}

/** Where a server field error belongs: `roleMappings.value` goes to the first group's field. */
export function fieldIdFor(field: string, state: SsoFormState): string {
  if (field in SSO_IDS) return SSO_IDS[field as keyof typeof SSO_IDS];
  if (field.startsWith('roleMappings')) {
    const first = state.roleMappings[0];
    if (!first) return SSO_IDS.addMapping;
    return field.endsWith('.roles') ? mappingRolesId(first) : mappingValueId(first);
  }
  return SSO_IDS.issuer;
}
