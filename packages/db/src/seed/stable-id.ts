import { createHash } from 'node:crypto';

/**
 * A UUID derived from a seed key, so that loading the seed again touches the
 * same rows instead of adding new ones. Marked as version 8 (custom).
 */
export function stableId(...parts: (string | number)[]): string {
  const hex = createHash('sha256')
    .update(`chronicle-seed\n${parts.join('\n')}`)
    .digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
