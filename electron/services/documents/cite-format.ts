/** The matter's citation format (matter.cite_format): 'default' or a CiteFormat as JSON. */
import { parseCiteFormat, type CiteFormat } from '../../../shared/citation/cite';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';

export function readCiteFormat(db: Db): CiteFormat {
  const row = stmt(db, 'SELECT cite_format FROM matter WHERE id = 1').get() as { cite_format: string } | undefined;
  return parseCiteFormat(row?.cite_format ?? 'default');
}

export function writeCiteFormat(db: Db, format: CiteFormat): void {
  stmt(db, 'UPDATE matter SET cite_format = ?, updated_at = ? WHERE id = 1').run(JSON.stringify(format), nowIso());
}
