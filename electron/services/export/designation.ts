/**
 * The confidentiality designation a chart carries: a chart quoting a designated document is designated at
 * the highest level of anything it quotes (protective orders work that way), so the header shows the most
 * restrictive designation among the cited documents, worded as that document words it.
 */

/** Protective-order tiers, most restrictive first; a designation is ranked by the first tier it mentions. */
const TIERS: readonly RegExp[] = [
  /source\s*code/i,
  /outside\s*(attorneys'?|counsel)|attorneys'?\s*eyes|\bAEO\b|highly/i,
  /confidential|restricted|protected/i,
];

function rank(designation: string): number {
  const tier = TIERS.findIndex((pattern) => pattern.test(designation));
  return tier < 0 ? TIERS.length : tier;
}

/** The most restrictive designation, the first cited on a tie; null when no cited document carries one. */
export function chartDesignation(designations: readonly (string | null)[]): string | null {
  let chosen: string | null = null;
  for (const raw of designations) {
    const designation = raw?.trim();
    if (!designation) continue;
    if (chosen === null || rank(designation) < rank(chosen)) chosen = designation;
  }
  return chosen;
}
