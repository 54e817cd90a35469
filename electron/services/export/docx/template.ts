/** A firm template: a .docx (a ZIP archive) whose word/styles.xml the export takes. */
import { readFileSync } from 'node:fs';
import { AppError } from '../../../../shared/errors';
import { entryBytes, NotAZip, readZip } from '../zip';

const MAX_TEMPLATE_BYTES = 50 * 1024 * 1024;
const MAX_STYLES_BYTES = 20 * 1024 * 1024;

export function readTemplateStyles(path: string): string {
  const notATemplate = new AppError('unsupported-file', `The template ${path} is not a Word document (.docx) with styles.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('not-found', `The template ${path} cannot be read.`);
  }
  if (bytes.length > MAX_TEMPLATE_BYTES) throw notATemplate;
  try {
    const styles = readZip(bytes).find((entry) => entry.name === 'word/styles.xml');
    const xml = styles && entryBytes(styles, MAX_STYLES_BYTES).toString('utf8');
    if (xml && /<w:styles\b[\s\S]*<\/w:styles>\s*$/.test(xml)) return xml;
  } catch (error) {
    if (!(error instanceof NotAZip)) throw error;
  }
  throw notATemplate;
}
