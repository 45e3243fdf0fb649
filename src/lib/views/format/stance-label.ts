import type { Stance } from '../../model.ts';

/** Readers' words for each stance of the fixed vocabulary (DESIGN.md), in the vocabulary's order. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  confirms: 'confirms',
  denies: 'denies',
  unconfirmed: 'unconfirmed',
  warns: 'warns',
  condemns: 'condemns',
  pledges: 'pledges',
  threatens: 'threatens',
  'calls-for': 'calls for',
  other: 'other',
};

/** What a statement without a stance shows: the wording does not make one plain. */
export const NO_STANCE = 'no clear stance';

/** "calls for" for `calls-for`; "no clear stance" for null. */
export function stanceLabel(stance: Stance | null): string {
  return stance === null ? NO_STANCE : STANCE_LABELS[stance];
}

/** A stance that says where the speaker stands on the matter: any but none and `other`. */
export function bearsPosition(stance: Stance | null): stance is Exclude<Stance, 'other'> {
  return stance !== null && stance !== 'other';
}
