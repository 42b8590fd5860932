// The key a client is counted under. Behind a proxy, req.ip is the client's
// only when express's "trust proxy" is set (CHRONICLE_TRUST_PROXY).
import type { Request } from 'express';
import { isIPv6 } from 'node:net';

export function clientAddressKey(req: Request): string {
  return addressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/** An address as a counting key: IPv4-mapped addresses unwrapped, IPv6 by /64. */
export function addressKey(address: string): string {
  if (address.startsWith('::ffff:')) return address.slice(7);
  // One IPv6 host usually holds a whole /64: counting each address would let
  // it rotate through 2^64 of them.
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
  return address;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = address.includes('::') ? new Array<string>(8 - left.length - right.length).fill('0') : [];
  return [...left, ...zeros, ...right].map((part) => part.toLowerCase());
}
