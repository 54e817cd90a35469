import { Badge } from '../ui/Badge';

/** Marks a patent whose claim text is not all in the matter (its source was cut off). */
export function ClaimsIncompleteBadge() {
  return <Badge tone="warning">Claims incomplete — import full text</Badge>;
}
