import { expect } from 'vitest';

const CLAIM_KEYS = ['category', 'dependsOn', 'limitations', 'number', 'preamble', 'text', 'transition', 'warnings'];

/** The documented shape, exactly: {patent, claims: [{number, text, dependsOn, category, preamble, transition, limitations: [{label, text}], warnings}]}. */
export function expectParseShape(output: { patent: unknown; claims: Record<string, unknown>[] }): void {
  expect(Object.keys(output).sort()).toEqual(['claims', 'patent']);
  expect(output.claims.length).toBeGreaterThan(0);
  for (const claim of output.claims) {
    expect(Object.keys(claim).sort()).toEqual(CLAIM_KEYS);
    for (const limitation of claim.limitations as Record<string, unknown>[]) expect(Object.keys(limitation).sort()).toEqual(['label', 'text']);
    for (const warning of claim.warnings as Record<string, unknown>[]) expect(Object.keys(warning).sort()).toEqual(['code', 'message']);
  }
}
