import { ROLES } from '../../../../core/roles.js';
import type { Ability } from '../../lib/policy.js';
import { ProgrammeAbilities } from '../programmes/programmes.policy.js';

export const FileAbilities = {
  /** Files are module materials: whoever designs programmes uploads them. */
  upload: { name: 'files.upload', roles: ProgrammeAbilities.manage.roles },
  /**
   * Every member of the organisation may ask for a file; which files they get is decided by
   * `readAny` below, else by their cohorts (files.service.ts `getFile`).
   */
  read: { name: 'files.read', roles: ROLES },
  /** Any file of the organisation: those who read programme designs (the materials are theirs). */
  readAny: { name: 'files.read_any', roles: ProgrammeAbilities.read.roles },
} as const satisfies Record<string, Ability>;
