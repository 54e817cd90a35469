/**
 * RFC 4180 records: fields separated by commas, quoted fields may hold commas, line breaks and "" for a
 * quote. Records end with CRLF (the standard, and what our CSV export writes) or, for tools that write
 * LF, with LF.
 */
export function parseCsv(text: string, recordEnd: '\r\n' | '\n' = '\r\n'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && !text.startsWith(recordEnd, i))) {
      field += c;
    } else {
      record.push(field);
      field = '';
      if (c !== ',') {
        records.push(record);
        record = [];
        i += recordEnd.length - 1;
      }
    }
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}
