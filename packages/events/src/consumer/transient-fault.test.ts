import { describe, expect, it } from 'vitest';
import { isTransientFault } from './transient-fault';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('transient faults', () => {
  it.each(['40001', '40P01', '55P03', '57014', '08006', '57P01', 'CONNECTION_CLOSED', 'ECONNREFUSED'])(
    'counts %s as one that passes',
    (code) => {
      expect(isTransientFault(withCode(code))).toBe(true);
    },
  );

  it('looks through the causes a driver or ORM wraps around the error', () => {
    expect(isTransientFault(new Error('Failed query', { cause: withCode('40P01') }))).toBe(true);
  });

  it('counts a handler error, a constraint violation or bad data as one that will fail again', () => {
    expect(isTransientFault(new Error('the read model rejects this outcome'))).toBe(false);
    expect(isTransientFault(withCode('23505'))).toBe(false);
    expect(isTransientFault(withCode('22P02'))).toBe(false);
    expect(isTransientFault(undefined)).toBe(false);
  });
});
