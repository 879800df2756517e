import { type LookupAddress, lookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { refusedAddressReason } from './target-address';

/** A target whose address may not receive webhooks; the delivery fails with this message. */
export class RefusedTargetError extends Error {
  readonly code = 'EREFUSEDTARGET';
}

/**
 * A `lookup` for the HTTP client that resolves the host at every connection and refuses it when any of its addresses
 * is not public. The connection then goes to the address checked here, so a DNS answer that changes between the check
 * and the connection (DNS rebinding) cannot slip a private address in.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) {
      callback(error, '', 0);
      return;
    }
    for (const { address } of addresses) {
      const reason = refusedAddressReason(address);
      if (reason) {
        callback(new RefusedTargetError(`${hostname} resolves to ${address}, ${reason}`), '', 0);
        return;
      }
    }
    if (options.all) {
      (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      return;
    }
    const [first] = addresses;
    if (!first) callback(new RefusedTargetError(`${hostname} resolves to no address`), '', 0);
    else callback(null, first.address, first.family);
  });
};
