/** Items sorted by `start`: those starting inside [start, end), found by binary search. */
export function startingWithin<Item extends { start: number }>(items: readonly Item[], start: number, end: number): Item[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  const found: Item[] = [];
  for (let position = low; position < items.length; position++) {
    const item = items[position];
    if (item === undefined || item.start >= end) break;
    found.push(item);
  }
  return found;
}

/** The last item (sorted by `start`) starting at or before `offset`. */
export function lastStartingAtOrBefore<Item extends { start: number }>(items: readonly Item[], offset: number): Item | undefined {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle]?.start ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return items[low - 1];
}
