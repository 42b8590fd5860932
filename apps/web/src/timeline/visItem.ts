// What the timeline's DataSet holds: events, or density bars.
import type { DensityItem } from './densityItems.ts';
import type { EventItem } from './timelineItems.ts';

export type VisItem = EventItem | DensityItem;

export function isEventItem(item: VisItem | null | undefined): item is EventItem {
  return item != null && 'eventId' in item;
}
