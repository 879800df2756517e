import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../db/schema';
import { allowedNextStatuses, canTransition, isEditorialMove, needsSteps } from './action-status';

describe('action status rules', () => {
  it('goes DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, with review able to send back to DRAFT', () => {
    expect(allowedNextStatuses('draft')).toEqual(['in_review']);
    expect(allowedNextStatuses('in_review')).toEqual(['draft', 'published']);
    expect(allowedNextStatuses('published')).toEqual(['archived']);
    expect(allowedNextStatuses('archived')).toEqual([]);
  });

  it('refuses skipping the review and going back from publication', () => {
    expect(canTransition('draft', 'published')).toBe(false);
    expect(canTransition('published', 'draft')).toBe(false);
    expect(canTransition('archived', 'published')).toBe(false);
    expect(canTransition('in_review', 'published')).toBe(true);
  });

  it('leaves publishing and archiving to staff, and needs steps for review and publication', () => {
    const statuses: ActionStatus[] = ['draft', 'in_review', 'published', 'archived'];
    expect(statuses.filter(isEditorialMove)).toEqual(['draft', 'in_review']);
    expect(needsSteps('in_review')).toBe(true);
    expect(needsSteps('published')).toBe(true);
    expect(needsSteps('draft')).toBe(false);
  });
});
