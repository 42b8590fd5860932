// Row ids made by chronicle's own set-based writes, of the kind Prisma makes
// for `@default(uuid(7))`: a UUID version 7 (RFC 9562), its first 48 bits the
// time in milliseconds, so ids sort by when they were made. Within one
// millisecond a counter in the next 12 bits keeps them in order (the RFC's
// method 1), so rows written in one statement sort as they were listed.
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter += 1;
    // 4,096 ids in one millisecond: borrow the next one rather than wrap.
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    // Start low in the range, so the millisecond has room to count up.
    counter = randomBytes(1)[0]! & 0x7f;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
