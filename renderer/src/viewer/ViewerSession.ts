/**
 * One open PDF in pdf.js's own viewer components: PDFViewer (continuous scrolling, page virtualization,
 * zoom, text layer), PDFLinkService (the outline, links inside the document) and PDFFindController (find
 * with highlighted hits). React reads its state through `subscribe` / `getState`; overlays (excerpts, search
 * hits, a region being drawn) go into one layer element per page, which this class keeps attached to its
 * page: pdf.js empties a page's element whenever it renders it again (at a new zoom, say).
 */
import {
  AnnotationEditorType,
  AnnotationMode,
  EventBus,
  PDFFindController,
  PDFLinkService,
  PDFViewer,
  type PageViewport,
  type PDFDocumentProxy,
} from './pdfjs';

export type ZoomValue = 'page-width' | 'page-fit' | `${number}`;

export interface FindStatus {
  readonly query: string;
  readonly state: 'idle' | 'pending' | 'found' | 'not-found' | 'wrapped';
  readonly current: number;
  readonly total: number;
}

export interface ViewerState {
  readonly pageCount: number;
  /** 1-based. */
  readonly page: number;
  /** The PDF's own label for the current page, when the PDF has page labels. */
  readonly pageLabel: string | null;
  readonly hasLabels: boolean;
  /** 1 is 100%. */
  readonly scale: number;
  readonly zoom: ZoomValue;
  readonly find: FindStatus;
  /** Bumped whenever a page is drawn again: overlays re-measure their page then. */
  readonly renders: number;
  /** The pages are laid out: pages can be scrolled to. */
  readonly ready: boolean;
}

/** A link to outside the document was followed: nothing opens until the user confirms. */
export type ExternalLinkHandler = (url: string) => void;

/** pdf.js marks the first page it draws, for the viewer benchmark and for anyone profiling. */
export const FIRST_PAGE_MARK = 'claimchart:viewer-first-page';
export const pageRenderedMark = (page: number) => `claimchart:viewer-page-${page}`;

const findStates: FindStatus['state'][] = ['found', 'not-found', 'wrapped', 'pending'];
const idleFind: FindStatus = { query: '', state: 'idle', current: 0, total: 0 };

/** Links to outside the PDF never navigate by themselves: a click asks the app, which asks the user. */
class ConfirmingLinkService extends PDFLinkService {
  constructor(
    eventBus: EventBus,
    private readonly onExternalLink: ExternalLinkHandler,
  ) {
    super({ eventBus });
  }

  override addLinkAttributes(link: HTMLAnchorElement, url: string): void {
    link.href = '#external-link';
    link.title = url;
    link.rel = 'noopener noreferrer nofollow';
    link.onclick = (event) => {
      event.preventDefault();
      this.onExternalLink(url);
      return false;
    };
    // A middle click would otherwise open the href in a new window.
    link.onauxclick = (event) => event.preventDefault();
  }
}

export class ViewerSession {
  readonly eventBus = new EventBus();
  readonly linkService: PDFLinkService;
  readonly viewer: PDFViewer;
  private state: ViewerState;
  private readonly listeners = new Set<() => void>();
  private readonly layers = new Map<number, HTMLDivElement>();
  private firstPageMarked = false;
  private destroyed = false;

  constructor(
    readonly container: HTMLDivElement,
    viewerElement: HTMLDivElement,
    readonly pdf: PDFDocumentProxy,
    onExternalLink: ExternalLinkHandler,
  ) {
    this.linkService = new ConfirmingLinkService(this.eventBus, onExternalLink);
    const findController = new PDFFindController({ linkService: this.linkService, eventBus: this.eventBus, updateMatchesCountOnProgress: true });
    this.viewer = new PDFViewer({
      container,
      viewer: viewerElement,
      eventBus: this.eventBus,
      linkService: this.linkService,
      findController,
      // No scriptingManager: the PDF's JavaScript is never run. Forms are drawn, not filled in.
      annotationMode: AnnotationMode.ENABLE,
      annotationEditorMode: AnnotationEditorType.DISABLE,
      imageResourcesPath: '/pdfjs/web/images/',
      enablePermissions: false,
    });
    this.linkService.setViewer(this.viewer);
    this.state = { pageCount: pdf.numPages, page: 1, pageLabel: null, hasLabels: false, scale: 1, zoom: 'page-width', find: idleFind, renders: 0, ready: false };
    this.listen();
    this.viewer.setDocument(pdf);
    this.linkService.setDocument(pdf);
    void pdf.getPageLabels().then((labels) => {
      if (!labels || this.destroyed) return;
      this.viewer.setPageLabels(labels);
      this.update({ hasLabels: true, pageLabel: this.viewer.currentPageLabel });
    });
  }

  private listen(): void {
    const on = (name: string, listener: (event: Record<string, unknown>) => void) => this.eventBus.on(name, listener);
    on('pagesinit', () => {
      this.viewer.currentScaleValue = 'page-width';
      this.update({ ready: true });
    });
    on('pagechanging', ({ pageNumber, pageLabel }) => this.update({ page: pageNumber as number, pageLabel: (pageLabel as string | null) ?? null }));
    on('scalechanging', ({ scale, presetValue }) => this.update({ scale: scale as number, zoom: ((presetValue as string | undefined) ?? String(scale)) as ZoomValue }));
    on('pagerender', ({ pageNumber }) => this.attachLayer(pageNumber as number));
    on('pagerendered', ({ pageNumber, isDetailView }) => {
      const page = pageNumber as number;
      if (!isDetailView) performance.mark(pageRenderedMark(page));
      if (!this.firstPageMarked) {
        this.firstPageMarked = true;
        performance.mark(FIRST_PAGE_MARK);
      }
      this.attachLayer(page);
      this.update({ renders: this.state.renders + 1 });
    });
    on('textlayerrendered', ({ pageNumber }) => this.attachLayer(pageNumber as number));
    on('updatefindmatchescount', ({ matchesCount }) => {
      const { current, total } = matchesCount as { current: number; total: number };
      this.update({ find: { ...this.state.find, current, total } });
    });
    on('updatefindcontrolstate', ({ state, matchesCount }) => {
      const { current, total } = matchesCount as { current: number; total: number };
      this.update({ find: { ...this.state.find, state: findStates[state as number] ?? 'idle', current, total } });
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ViewerState => this.state;

  private update(change: Partial<ViewerState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  goToPage(page: number): void {
    this.viewer.currentPageNumber = Math.min(Math.max(1, page), this.state.pageCount);
  }

  /** A page label ("iv") or number typed by the user; false when it names no page. */
  goToPageLabelOrNumber(text: string): boolean {
    const wanted = text.trim();
    const byLabel = this.state.hasLabels ? this.viewer.pageLabelToPageNumber(wanted) : null;
    const page = byLabel ?? (/^\d+$/.test(wanted) ? Number(wanted) : NaN);
    if (!(page >= 1 && page <= this.state.pageCount)) return false;
    this.goToPage(page);
    return true;
  }

  setZoom(zoom: ZoomValue): void {
    this.viewer.currentScaleValue = zoom;
  }

  zoomIn(): void {
    this.viewer.increaseScale();
  }

  zoomOut(): void {
    this.viewer.decreaseScale();
  }

  /** Finds `query` in the document, highlighting every hit; `again` moves to the next (or previous) one. */
  find(query: string, { again = false, previous = false } = {}): void {
    this.update({ find: { ...this.state.find, query } });
    this.eventBus.dispatch('find', {
      source: this,
      type: again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: previous,
      matchDiacritics: false,
    });
  }

  closeFind(): void {
    this.eventBus.dispatch('findbarclose', { source: this });
    this.update({ find: idleFind });
  }

  /** The layer for overlays on `page`, created on first use and kept on the page from then on. */
  pageLayer(page: number): HTMLDivElement {
    let layer = this.layers.get(page);
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'page-overlay';
      this.layers.set(page, layer);
    }
    this.attachLayer(page);
    return layer;
  }

  private attachLayer(page: number): void {
    const layer = this.layers.get(page);
    const pageElement = this.pageElement(page);
    if (layer && pageElement && layer.parentElement !== pageElement) pageElement.append(layer);
  }

  /** The element pdf.js draws page `page` in (it exists for every page, drawn or not). */
  pageElement(page: number): HTMLDivElement | undefined {
    return this.pageView(page)?.div as HTMLDivElement | undefined;
  }

  pageView(page: number): PageView | undefined {
    return this.viewer.getPageView(page - 1) as PageView | undefined;
  }

  /** Scrolls so that a box on a page (fractions of the page) is in view, a third of the way down. */
  scrollToBox(page: number, box: { readonly left: number; readonly top: number }): void {
    const element = this.pageElement(page);
    if (!element) return;
    const pageBox = element.getBoundingClientRect();
    const containerBox = this.container.getBoundingClientRect();
    const y = pageBox.top - containerBox.top + element.clientTop + box.top * element.clientHeight;
    const x = pageBox.left - containerBox.left + element.clientLeft + box.left * element.clientWidth;
    this.container.scrollTo({
      top: this.container.scrollTop + y - this.container.clientHeight / 3,
      left: x > this.container.clientWidth * 0.8 ? this.container.scrollLeft + x - 48 : this.container.scrollLeft,
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.listeners.clear();
    this.viewer.cleanup();
    // pdf.js takes null here to let go of the document (its typings say otherwise).
    this.viewer.setDocument(null as unknown as PDFDocumentProxy);
    for (const layer of this.layers.values()) layer.remove();
  }
}

/** The parts of pdf.js's PDFPageView the app uses. */
export interface PageView {
  readonly div: HTMLDivElement;
  /** At the current zoom, the page's rotation included. */
  readonly viewport: PageViewport;
}
