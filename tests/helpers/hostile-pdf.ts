/**
 * PDFs that try to do things, made in code (pdf-lib's low-level objects): JavaScript run on open, on a page
 * opening and from the name tree, a form submission, launch actions that would start a program, an embedded
 * file (in the EmbeddedFiles name tree and as a file attachment annotation), and link annotations to a web
 * page, to a `file:` URI, to another PDF (GoToR), to an `ftp:` URI, to the attachment (GoToE), and to
 * JavaScript. Every target that could be reached is a canary the test owns: an HTTP server that must never
 * be asked for anything, a script that would leave a marker file if it ever ran.
 */
import { PDFDocument, PDFName, PDFString, StandardFonts, rgb, type PDFDict, type PDFPage, type PDFRef } from 'pdf-lib';

/** What the PDF's JavaScript would put wherever it could (an alert, the title, a field). */
export const SCRIPT_MARK = 'claimchart-js-ran';
export const ATTACHMENT_NAME = 'claimchart-hostile-attachment.sh';
/** The text `hostilePdf` draws (the links' labels are drawn too; no target is ever shown in the page text). */
export const HOSTILE_PAGE_TEXT = [
  'Hostile sample document',
  'This page carries scripts, an attachment, launch actions and links. None of them may run.',
  'Second page of the hostile sample.',
] as const;

export interface HostileOptions {
  /** An http URL the PDF's scripts and form submissions point at; nothing may ever request it. */
  readonly canaryUrl: string;
  /** An executable the launch actions name; it must never run. */
  readonly launchPath: string;
  /** A file the embedded attachment (a shell script) would create if it were ever extracted and run. */
  readonly attachmentMarker: string;
}

export type HostileLinkKind = 'http' | 'file' | 'gotor' | 'launch' | 'ftp' | 'javascript' | 'gotoe';

export interface HostileLink {
  readonly kind: HostileLinkKind;
  readonly label: string;
  /** What the link points at, as written in the PDF. */
  readonly target: string;
  /** 1-based page. */
  readonly page: number;
  /** In PDF user space (points, origin bottom left): [x1, y1, x2, y2]. */
  readonly rect: readonly [number, number, number, number];
}

export const WEB_LINK = 'http://example.invalid/';
export const FILE_LINK = 'file:///etc/passwd';
export const FTP_LINK = 'ftp://example.invalid/pub/readme.txt';
export const REMOTE_PDF = '/etc/passwd';

/** Adds every hidden part and the links (on the first page) to `pdf`; returns the links drawn. */
export async function addHostileParts(pdf: PDFDocument, options: HostileOptions): Promise<HostileLink[]> {
  const { context } = pdf;
  const str = (s: string) => PDFString.of(s);
  const register = (dict: Record<string, unknown>): PDFRef => context.register(context.obj(dict as never));
  const script = (js: string) => register({ Type: 'Action', S: 'JavaScript', JS: str(js) });
  const launch = () =>
    register({
      Type: 'Action',
      S: 'Launch',
      F: context.obj({ Type: 'Filespec', F: str(options.launchPath), UF: str(options.launchPath) }),
      Win: context.obj({ F: str('cmd.exe'), P: str(`/c ${options.launchPath}`), O: str('open') }),
      Unix: str(options.launchPath),
      NewWindow: true,
    });
  const submit = () => register({ Type: 'Action', S: 'SubmitForm', F: context.obj({ FS: 'URL', F: str(`${options.canaryUrl}submit-form`) }), Flags: 4 });

  // The attachment: a shell script that would leave a marker if it were ever extracted and run.
  const attachmentBytes = new TextEncoder().encode(`#!/bin/sh\necho ${SCRIPT_MARK} > '${options.attachmentMarker}'\n`);
  const embedded = context.register(
    context.stream(attachmentBytes, { Type: 'EmbeddedFile', Subtype: 'application/x-sh', Params: context.obj({ Size: attachmentBytes.length }) }),
  );
  const fileSpec = register({
    Type: 'Filespec',
    F: str(ATTACHMENT_NAME),
    UF: str(ATTACHMENT_NAME),
    Desc: str('Run me'),
    EF: context.obj({ F: embedded }),
  });

  const openScript = [
    `app.alert('${SCRIPT_MARK}');`,
    `this.info.Title = '${SCRIPT_MARK}';`,
    `this.submitForm({cURL: '${options.canaryUrl}submit', cSubmitAs: 'HTML'});`,
    `this.getURL('${options.canaryUrl}get-url', false);`,
    `app.launchURL('${options.canaryUrl}launch-url', true);`,
    `this.exportDataObject({cName: '${ATTACHMENT_NAME}', nLaunch: 2});`,
  ].join('\n');

  // The document: JavaScript on open, in the name tree, and on closing, saving and printing; the attachment.
  pdf.catalog.set(PDFName.of('OpenAction'), script(openScript));
  pdf.catalog.set(
    PDFName.of('Names'),
    context.obj({
      JavaScript: context.obj({ Names: [str('claimchart-init'), script(`app.alert('${SCRIPT_MARK} from the name tree'); this.getURL('${options.canaryUrl}name-tree');`)] }),
      EmbeddedFiles: context.obj({ Names: [str(ATTACHMENT_NAME), fileSpec] }),
    }),
  );
  pdf.catalog.set(
    PDFName.of('AA'),
    context.obj({ WC: script(`app.alert('${SCRIPT_MARK} on close');`), WS: submit(), WP: launch(), DP: script(`this.getURL('${options.canaryUrl}did-print');`) }),
  );

  // Each page: JavaScript when it opens, a form submission when it closes.
  pdf.getPages().forEach((page, i) => {
    page.node.set(
      PDFName.of('AA'),
      context.obj({ O: script(`app.alert('${SCRIPT_MARK} on page ${i + 1}'); this.getURL('${options.canaryUrl}page-${i + 1}');`), C: submit() }),
    );
  });

  // The links, drawn as labelled boxes on the first page.
  const first = pdf.getPage(0);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const specs: { kind: HostileLinkKind; label: string; target: string; action: () => PDFRef | PDFDict }[] = [
    { kind: 'http', label: 'Web link', target: WEB_LINK, action: () => context.obj({ Type: 'Action', S: 'URI', URI: str(WEB_LINK) }) },
    { kind: 'file', label: 'File link', target: FILE_LINK, action: () => context.obj({ Type: 'Action', S: 'URI', URI: str(FILE_LINK) }) },
    {
      kind: 'gotor',
      label: 'Remote PDF link',
      target: REMOTE_PDF,
      action: () => context.obj({ Type: 'Action', S: 'GoToR', F: context.obj({ Type: 'Filespec', F: str(REMOTE_PDF) }), D: [0, 'Fit'], NewWindow: true }),
    },
    { kind: 'launch', label: 'Launch link', target: options.launchPath, action: launch },
    { kind: 'ftp', label: 'FTP link', target: FTP_LINK, action: () => context.obj({ Type: 'Action', S: 'URI', URI: str(FTP_LINK) }) },
    {
      kind: 'javascript',
      label: 'Script link',
      target: 'javascript',
      action: () => script(`app.alert('${SCRIPT_MARK} from a link'); this.getURL('${options.canaryUrl}link');`),
    },
    {
      kind: 'gotoe',
      label: 'Attachment link',
      target: ATTACHMENT_NAME,
      action: () => context.obj({ Type: 'Action', S: 'GoToE', T: context.obj({ R: 'C', N: str(ATTACHMENT_NAME) }) }),
    },
  ];
  const links: HostileLink[] = [];
  const annots = specs.map(({ kind, label, target, action }, i) => {
    const y = 620 - i * 44;
    const rect = [72, y, 372, y + 30] as const;
    drawBox(first, font, rect, label);
    links.push({ kind, label, target, page: 1, rect });
    return register({ Type: 'Annot', Subtype: 'Link', Rect: [...rect], Border: [0, 0, 0], A: action() });
  });
  // The attachment again, as a paperclip on the page.
  const clip = [420, 620, 440, 650] as const;
  annots.push(register({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [...clip], FS: fileSpec, Name: 'PushPin', Contents: str('An attachment'), F: 4 }));
  first.node.set(PDFName.of('Annots'), context.obj(annots));
  return links;
}

function drawBox(page: PDFPage, font: Awaited<ReturnType<PDFDocument['embedFont']>>, [x1, y1, x2, y2]: readonly number[], text: string): void {
  page.drawRectangle({ x: x1!, y: y1!, width: x2! - x1!, height: y2! - y1!, borderColor: rgb(0.2, 0.3, 0.7), borderWidth: 1 });
  page.drawText(text, { x: x1! + 8, y: y1! + 10, size: 10, font, color: rgb(0.2, 0.3, 0.7) });
}

/** A two-page text PDF (`HOSTILE_PAGE_TEXT`) with every hidden part and link of `addHostileParts`. */
export async function hostilePdf(options: HostileOptions): Promise<{ bytes: Uint8Array; links: HostileLink[] }> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Hostile sample');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const one = pdf.addPage([612, 792]);
  one.drawText(HOSTILE_PAGE_TEXT[0], { x: 72, y: 720, size: 16, font });
  one.drawText(HOSTILE_PAGE_TEXT[1], { x: 72, y: 690, size: 10, font });
  pdf.addPage([612, 792]).drawText(HOSTILE_PAGE_TEXT[2], { x: 72, y: 720, size: 10, font });
  const links = await addHostileParts(pdf, options);
  return { bytes: await pdf.save({ useObjectStreams: false }), links };
}
