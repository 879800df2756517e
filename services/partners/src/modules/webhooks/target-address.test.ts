import { describe, expect, it } from 'vitest';
import { refusedAddressReason } from './target-address';

describe('the addresses webhooks may go to', () => {
  it.each([['8.8.8.8'], ['93.184.215.14'], ['2606:4700:4700::1111'], ['2a00:1450:4001:82f::200e']])(
    'include the public address %s',
    (address) => {
      expect(refusedAddressReason(address)).toBeNull();
    },
  );

  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.8.9.10', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['10.0.0.1', 'a private address'],
    ['172.16.5.4', 'a private address'],
    ['192.168.178.1', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['fe80::1', 'a link-local address'],
    ['fd12:3456::1', 'a unique-local address'],
    ['fc00::1', 'a unique-local address'],
    ['224.0.0.1', 'a multicast address'],
    ['ff02::1', 'a multicast address'],
    ['0.0.0.0', 'an unspecified address'],
    ['::', 'an unspecified address'],
    ['255.255.255.255', 'a broadcast address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:10.1.2.3', 'a private address'],
    ['::ffff:a9fe:a9fe', 'a link-local address'],
    ['::a00:1', 'an IPv4-compatible IPv6 address'],
    ['64:ff9b::a00:1', 'a reserved address (rfc6052)'],
    ['2002:a00:1::', 'a reserved address (6to4)'],
    ['2001::1', 'a reserved address (teredo)'],
    ['192.0.2.1', 'a reserved address (reserved)'],
  ])('exclude %s, %s', (address, reason) => {
    expect(refusedAddressReason(address)).toBe(reason);
  });

  it('say when a text is no address at all', () => {
    expect(refusedAddressReason('localhost')).toBe('not an IP address');
  });
});
