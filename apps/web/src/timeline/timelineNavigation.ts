// Moving around the timeline from code: finding an event's element, zooming
// around a time, making vis-timeline's clusters reachable by keyboard.
import type { DataSet } from 'vis-data/peer';
import type { Timeline } from 'vis-timeline/peer';
import { isEventItem, type VisItem } from './visItem.ts';

export function findEventElement(container: HTMLElement, eventId: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);
}

export function itemTime(items: DataSet<VisItem>, eventId: string): Date | null {
  const item = items.get({ filter: (i) => isEventItem(i) && i.eventId === eventId })[0];
  if (!item) return null;
  return item.end ? new Date((item.start.getTime() + item.end.getTime()) / 2) : item.start;
}

export function zoomAround(timeline: Timeline, time: Date, factor: number) {
  const { start, end } = timeline.getWindow();
  const half = (end.getTime() - start.getTime()) / factor / 2;
  timeline.setWindow(new Date(time.getTime() - half), new Date(time.getTime() + half), { animation: false });
}

/** The time under the middle of an element inside the timeline. */
export function timeAtElement(timeline: Timeline, container: HTMLElement | null, element: Element): Date {
  const { start, end } = timeline.getWindow();
  const panel = container?.querySelector('.vis-panel.vis-center');
  if (!panel) return new Date((start.getTime() + end.getTime()) / 2);
  const box = panel.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const x = (rect.left + rect.right) / 2 - box.left;
  return new Date(start.getTime() + (x / box.width) * (end.getTime() - start.getTime()));
}

/** vis-timeline draws clusters itself; make them reachable by keyboard. */
export function labelClusters(container: HTMLElement) {
  for (const cluster of container.querySelectorAll<HTMLElement>('.vis-item.vis-cluster')) {
    const count = cluster.textContent?.trim() ?? '';
    const label = `${count} events close together. Press Enter to zoom in.`;
    if (cluster.getAttribute('aria-label') === label) continue;
    cluster.tabIndex = 0;
    cluster.setAttribute('role', 'button');
    cluster.setAttribute('aria-label', label);
  }
}

const KEY_STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, last) => last,
};

/** The event a key moves to from `eventId`, in time order; undefined when the key does not move. */
export function eventAfterKey(key: string, order: readonly string[], eventId: string): string | undefined {
  const step = KEY_STEPS[key];
  return step ? order[step(order.indexOf(eventId), order.length - 1)] : undefined;
}
