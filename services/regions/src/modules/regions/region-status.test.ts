import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, canTransition } from './region-status';

describe('region lifecycle', () => {
  it('moves forward through the programme', () => {
    expect(canTransition('applied', 'accepted')).toBe(true);
    expect(canTransition('accepted', 'in_regional_lab')).toBe(true);
    expect(canTransition('in_regional_lab', 'active')).toBe(true);
    expect(canTransition('active', 'self_organised')).toBe(true);
  });

  it('does not skip phases, and ending is final', () => {
    expect(canTransition('applied', 'active')).toBe(false);
    expect(canTransition('accepted', 'self_organised')).toBe(false);
    expect(allowedNextStatuses('ended')).toEqual([]);
  });

  it('pauses from any supported phase and resumes into one', () => {
    for (const status of ['accepted', 'in_regional_lab', 'active', 'self_organised'] as const) {
      expect(canTransition(status, 'paused')).toBe(true);
    }
    expect(canTransition('applied', 'paused')).toBe(false);
    expect(canTransition('paused', 'active')).toBe(true);
  });
});
