/**
 * Follows one pointer drag from its pointerdown: every move and the release, as points on a page element
 * (fractions of the page). Escape cancels it.
 */
import { pointOnPage } from './geometry';

type Point = { x: number; y: number };

export function trackPointer(
  pageElement: HTMLElement,
  down: PointerEvent,
  handlers: { readonly onMove: (point: Point) => void; readonly onEnd: (point: Point) => void; readonly onCancel: () => void },
): void {
  const controller = new AbortController();
  const { signal } = controller;
  const at = (event: PointerEvent) => pointOnPage(pageElement, event.clientX, event.clientY);
  window.addEventListener('pointermove', (event) => event.pointerId === down.pointerId && handlers.onMove(at(event)), { signal });
  window.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerId !== down.pointerId) return;
      controller.abort();
      handlers.onEnd(at(event));
    },
    { signal },
  );
  const cancel = () => {
    controller.abort();
    handlers.onCancel();
  };
  window.addEventListener('pointercancel', (event) => event.pointerId === down.pointerId && cancel(), { signal });
  window.addEventListener('keydown', (event) => event.key === 'Escape' && cancel(), { signal });
}
