import ipaddr from 'ipaddr.js';

/**
 * Whether an IP address is on the public internet. Only ipaddr.js's `unicast` range passes:
 * private, loopback, link-local (cloud metadata lives at 169.254.169.254), unique-local,
 * carrier-grade NAT, multicast, reserved and unspecified addresses are all refused, and an
 * IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The host of a URL as an IP literal (brackets of IPv6 removed), or null for a name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) ? bare : null;
}
