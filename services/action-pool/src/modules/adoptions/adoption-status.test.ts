import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, canTransition, openStatuses } from './adoption-status';

describe('adoption status rules', () => {
  it('moves forward from PLANNED to IMPLEMENTED, and may be abandoned while open', () => {
    expect(allowedNextStatuses('planned')).toEqual(['in_progress', 'abandoned']);
    expect(allowedNextStatuses('in_progress')).toEqual(['implemented', 'abandoned']);
    expect(canTransition('planned', 'implemented')).toBe(false);
  });

  it('treats implemented and abandoned adoptions as closed for good', () => {
    expect(allowedNextStatuses('implemented')).toEqual([]);
    expect(allowedNextStatuses('abandoned')).toEqual([]);
    expect(openStatuses).toEqual(['planned', 'in_progress']);
  });
});
