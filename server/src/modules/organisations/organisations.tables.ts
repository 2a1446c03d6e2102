import type { Insertable, Selectable, Updateable } from 'kysely';

export interface OrganisationsTable {
  id: string;
  name: string;
  slug: string;
  created_at: string;
}
export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  /** JSON array of role names. */
  roles: string;
  deactivated_at: string | null;
  created_at: string;
}
export type MembershipRow = Selectable<MembershipsTable>;
export type NewMembershipRow = Insertable<MembershipsTable>;
export type MembershipUpdate = Updateable<MembershipsTable>;

/** A web site (scheme://host[:port]) allowed to call the public event API from a browser. */
export interface EmbedOriginsTable {
  organisation_id: string;
  origin: string;
  created_at: string;
}
export type EmbedOriginRow = Selectable<EmbedOriginsTable>;
export type NewEmbedOriginRow = Insertable<EmbedOriginsTable>;
