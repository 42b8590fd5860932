// Which addresses chronicle may fetch from. A link an editor pastes must not
// make the server reach into its own network (the metadata service at
// 169.254.169.254, the database on 127.0.0.1, an intranet on 10.0.0.0/8), so
// every address a name resolves to is checked before a connection is made.
import net from 'node:net';

const refused = new net.BlockList();
// IPv4: "this network", private, carrier-grade NAT, loopback, link-local,
// IETF protocol assignments, documentation, benchmarking, multicast and reserved.
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  refused.addSubnet(address, prefix, 'ipv4');
// IPv6: unspecified, loopback, unique local, link-local, site-local, multicast,
// documentation, and the ranges that embed an IPv4 address (NAT64, 6to4, Teredo).
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['2002::', 16],
  ['2001::', 32],
  ['100::', 64],
] as const)
  refused.addSubnet(address, prefix, 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: net.isIPv4(address) ? 'ipv4' : 'ipv6' };
}

/** True for loopback, private, link-local and other addresses that are not on the public internet. */
export function isNonPublicAddress(address: string): boolean {
  const { address: ip, family } = unmapped(address);
  if (!net.isIP(ip)) return true;
  return refused.check(ip, family);
}

/**
 * Hosts an administrator allows whatever they resolve to (CHRONICLE_FETCH_ALLOW_HOSTS):
 * "intranet.example" matches that name, "*.corp.example" its subdomains.
 */
export function isAllowedHost(hostname: string, allowHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return allowHosts.some((entry) => {
    const rule = entry.toLowerCase();
    return rule.startsWith('*.') ? host.endsWith(rule.slice(1)) : host === rule;
  });
}
