/**
 * Release of one closed month of the employee voice (to be filled: see the helper's task).
 */
import type { VoiceKind, VoiceMonthRelease, VoiceSummaryCell } from '../schemas/voice.js';

/** A post as the release sees it: keys only (technology id | other | none; unit id | none). */
export interface VoiceReleasePost {
  kind: VoiceKind;
  technology: string;
  area: string;
}

export interface VoiceReleaseOptions {
  k: number;
  /** Test only: false switches off the differencing rule, leaving only `too_few`. */
  differencing?: boolean;
}

export function releaseVoiceMonth(
  month: string,
  _posts: readonly VoiceReleasePost[],
  options: VoiceReleaseOptions,
): VoiceMonthRelease {
  return { month, k: options.k, cells: [] };
}

/** Keys `${kind}\u0000${technology}` of released kindTechnology cells holding at least `min` posts. */
export function textCellKeys(_release: VoiceMonthRelease, _min: number): Set<string> {
  return new Set();
}

/** Each cell's released counts summed over the months; `complete` false when a month withheld it. */
export function summariseReleases(_releases: readonly VoiceMonthRelease[]): VoiceSummaryCell[] {
  return [];
}
