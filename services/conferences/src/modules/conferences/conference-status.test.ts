import { describe, expect, it } from 'vitest';
import type { ConferenceStatus } from '../../db/schema';
import { allowedNextStatuses, canTransition } from './conference-status';

const all: ConferenceStatus[] = [
  'draft',
  'open_for_registration',
  'registration_closed',
  'held',
  'documented',
  'cancelled',
];

describe('conference status', () => {
  it('moves forward one step at a time', () => {
    expect(canTransition('draft', 'open_for_registration')).toBe(true);
    expect(canTransition('open_for_registration', 'registration_closed')).toBe(true);
    expect(canTransition('registration_closed', 'held')).toBe(true);
    expect(canTransition('held', 'documented')).toBe(true);
    expect(canTransition('draft', 'held')).toBe(false);
    expect(canTransition('open_for_registration', 'draft')).toBe(false);
  });

  it('can be cancelled from every status before HELD and from none after', () => {
    expect(all.filter((status) => canTransition(status, 'cancelled'))).toEqual([
      'draft',
      'open_for_registration',
      'registration_closed',
    ]);
    expect(allowedNextStatuses('cancelled')).toEqual([]);
    expect(allowedNextStatuses('documented')).toEqual([]);
  });
});
