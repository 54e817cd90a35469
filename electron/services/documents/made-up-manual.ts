/**
 * A server manual made up for the PDF engine's startup warm-up (warm-up.ts), the benchmarks and the large
 * test matter: deterministic per seed, several paragraphs a page (about 2,200 characters, like a printed
 * firmware document), headings, part numbers and event codes, so queries range from terms on most pages
 * to terms on one.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

const components = ['baseboard management controller', 'power supply unit', 'system fan', 'storage backplane', 'riser card', 'network adapter', 'memory module', 'host processor', 'front panel', 'chassis intrusion switch', 'thermal sensor', 'serial console', 'boot firmware', 'drive carrier', 'rack rail kit'];
const actions = ['monitors', 'reports the status of', 'controls the speed of', 'logs an event for', 'raises an alert for', 'resets', 'updates the firmware of', 'reads the sensor data of', 'powers on', 'isolates'];
const conditions = ['when the inlet temperature exceeds the threshold', 'after a firmware update completes', 'if the redundant power supply fails', 'during a cold boot', 'while the host is in standby', 'when the chassis cover is opened', 'if a drive reports a predictive failure', 'after the watchdog timer expires'];
const details = ['Use the web interface or the IPMI command line to change this setting.', 'The default value is shown in the configuration table.', 'Record the event code before you contact technical support.', 'This behavior can be disabled in the BIOS setup utility.', 'Refer to the troubleshooting chapter for the recovery procedure.', 'The LED on the front panel blinks amber until the condition clears.', 'Hot-swappable parts can be replaced while the system is running.', 'Only service personnel may remove the top cover.'];

function sentence(seed: number): string {
  const n = (seed * 2654435761) >>> 0;
  const component = components[n % components.length]!;
  const action = actions[(n >>> 4) % actions.length]!;
  const object = components[(n >>> 8) % components.length]!;
  const condition = conditions[(n >>> 12) % conditions.length]!;
  return `The ${component} ${action} the ${object} ${condition}.`;
}

/** The text of one page: a heading, then paragraphs of sentences, an event code and a part number. */
export function manualPageText(seed: number, page: number): string {
  const base = seed * 100_003 + page * 97;
  const paragraphs: string[] = [`Chapter ${Math.floor(page / 20) + 1}.${page % 20}: ${components[page % components.length]} operation`];
  for (let p = 0; p < 5; p++) {
    const sentences = Array.from({ length: 3 }, (_, s) => sentence(base + p * 11 + s));
    sentences.push(details[(base + p) % details.length]!);
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push(`Event code E${String((base % 9000) + 1000)} applies to part KR-${seed}-${page}.`);
  return paragraphs.join('\n');
}

const CHARS_PER_LINE = 95;

function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + word.length + 1 > CHARS_PER_LINE) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line, '');
  }
  return lines;
}

export async function generateManualPdf(seed: number, pageCount: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Server Platform Manual ${seed}`);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pageCount; page++) {
    const pdfPage = pdf.addPage([612, 792]);
    wrap(manualPageText(seed, page)).forEach((line, i) => {
      if (line) pdfPage.drawText(line, { x: 60, y: 740 - i * 12.5, size: 9.5, font });
    });
  }
  return pdf.save();
}
