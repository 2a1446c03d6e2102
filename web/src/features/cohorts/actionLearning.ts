import type { ActionLearningParticipantRes } from '../../../../core/schemas/action-learning-overview.js';

/** How the facilitator's table can be ordered: quiet people first (the default), by name, or longest silent first. */
export const ACTION_LEARNING_ORDERS = ['quiet', 'name', 'lastEntry'] as const;
export type ActionLearningOrder = (typeof ACTION_LEARNING_ORDERS)[number];

const byName = (a: ActionLearningParticipantRes, b: ActionLearningParticipantRes) =>
  a.name.localeCompare(b.name, 'da') || a.personId.localeCompare(b.personId);

/** Longest silence first; among those quiet for the same reasons, by name. */
const bySilence = (a: ActionLearningParticipantRes, b: ActionLearningParticipantRes) =>
  b.silentDays - a.silentDays || byName(a, b);

/**
 * The rows to show: only the quiet ones when asked, in the chosen order. "Quiet first" puts the
 * quiet before the others, each group with the longest silence first.
 */
export function arrangeParticipants(
  rows: readonly ActionLearningParticipantRes[],
  order: ActionLearningOrder,
  onlyQuiet: boolean,
): ActionLearningParticipantRes[] {
  const shown = onlyQuiet ? rows.filter((r) => r.quiet) : [...rows];
  switch (order) {
    case 'name':
      return shown.sort(byName);
    case 'lastEntry':
      return shown.sort(bySilence);
    case 'quiet':
      return shown.sort((a, b) => Number(b.quiet) - Number(a.quiet) || bySilence(a, b));
  }
}

export function isActionLearningOrder(value: string): value is ActionLearningOrder {
  return (ACTION_LEARNING_ORDERS as readonly string[]).includes(value);
}
