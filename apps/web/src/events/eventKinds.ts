// How each kind of event looks: a name, a symbol that tells kinds apart
// without colour, and a colour. The CSS classes `kind-<name>` carry the colour.
import type { EventKind } from '@chronicle/schema/client/graphql';

export interface KindStyle {
  label: string;
  /** A glyph DejaVu Sans has, so it renders the same everywhere. */
  symbol: string;
}

export const KIND_STYLES: Record<EventKind, KindStyle> = {
  STATEMENT: { label: 'Statement', symbol: '❝' },
  POLITICAL: { label: 'Political', symbol: '■' },
  MILITARY: { label: 'Military', symbol: '▲' },
  DIPLOMATIC: { label: 'Diplomatic', symbol: '◆' },
  SANCTION: { label: 'Sanction', symbol: '⊘' },
  ECONOMIC: { label: 'Economic', symbol: '$' },
  PROTEST: { label: 'Protest', symbol: '⚑' },
  LEGAL: { label: 'Legal', symbol: '§' },
  OTHER: { label: 'Other', symbol: '●' },
};

export const EVENT_KINDS = Object.keys(KIND_STYLES) as EventKind[];

export function isEventKind(value: string): value is EventKind {
  return Object.hasOwn(KIND_STYLES, value);
}

export function kindClass(kind: EventKind): string {
  return `kind-${kind.toLowerCase()}`;
}
