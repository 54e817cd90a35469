import type { ClaimStatus } from './types';

// Office-action claim listings open each claim with a status identifier (37 CFR 1.121(c)): "(Canceled)",
// "(Withdrawn)", "(Currently Amended)", "(Previously Presented)", "(Original)", "(New)". It is not claim text.
const STATUS_MARKER =
  /^[([]\s*(?:withdrawn|cancell?ed|deleted|original|new|rejoined|(?:currently|previously)\s+(?:amended|presented)|amended|presented)\b[^)\]]{0,60}[)\]]\s*\.?\s*/i;
const BARE_CANCELED = /^(?:cancell?ed|deleted)\s*\.?$/i; // "3. Canceled."

export interface StatusReading {
  status: ClaimStatus;
  marker: string | null;
  rest: string;
}

export function readStatusMarker(text: string): StatusReading {
  const bare = BARE_CANCELED.exec(text);
  if (bare) return { status: 'canceled', marker: text, rest: '' };
  const match = STATUS_MARKER.exec(text);
  if (!match) return { status: 'active', marker: null, rest: text };
  const marker = match[0].trim();
  return { status: statusOf(marker), marker, rest: text.slice(match[0].length) };
}

function statusOf(marker: string): ClaimStatus {
  if (/cancel|deleted/i.test(marker)) return 'canceled';
  if (/withdrawn/i.test(marker)) return 'withdrawn';
  return 'active';
}
