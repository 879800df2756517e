import ipaddr from 'ipaddr.js';

// What ipaddr.js calls each special range, as a partner should read it. Anything but a public unicast address is
// refused, including the ranges that carry an IPv4 address inside IPv6 (NAT64, 6to4, Teredo).
const rangeNames: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a unique-local address',
  carrierGradeNat: 'a carrier-grade NAT address',
};

const ipv4Compatible = ipaddr.parseCIDR('::/96');

/**
 * Why an address may not receive webhooks, or null for a public unicast address. An IPv4-mapped IPv6 address
 * (::ffff:10.0.0.1) is judged as the IPv4 address it maps to.
 */
export function refusedAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === 'unicast') {
    // IPv4-compatible addresses (::a.b.c.d) are deprecated, and ipaddr.js counts them as unicast.
    return parsed.kind() === 'ipv6' && parsed.match(ipv4Compatible) ? 'an IPv4-compatible IPv6 address' : null;
  }
  return rangeNames[range] ?? `a reserved address (${range})`;
}
