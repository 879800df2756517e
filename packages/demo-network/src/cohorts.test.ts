import { describe, expect, it } from 'vitest';
import { demoToday } from './calendar';
import { demoCohortEnrollments, demoCohorts } from './cohorts';

const enrollments = demoCohortEnrollments();

describe('the Regionallabor cohorts of the demo network', () => {
  it('lose some of their learners along the way, after they started and before the cohort or today ended', () => {
    for (const cohort of demoCohorts) {
      const own = enrollments.filter((enrollment) => enrollment.cohortKey === cohort.key);
      const dropped = own.filter((enrollment) => enrollment.withdrawnOn !== null);
      expect(own.length, cohort.key).toBeGreaterThanOrEqual(3 * cohort.regions.length);
      expect(dropped.length / own.length, cohort.key).toBeGreaterThan(0.1);
      expect(dropped.length / own.length, cohort.key).toBeLessThan(0.35);
      for (const enrollment of dropped) {
        expect(enrollment.withdrawnOn && enrollment.withdrawnOn > cohort.startsOn, enrollment.personKey).toBe(true);
        expect(enrollment.withdrawnOn && enrollment.withdrawnOn < cohort.endsOn, enrollment.personKey).toBe(true);
        expect(enrollment.withdrawnOn && enrollment.withdrawnOn < demoToday, enrollment.personKey).toBe(true);
        expect(enrollment.progress, enrollment.personKey).toBeLessThan(1);
      }
    }
  });

  it('show every stage of progress: a finished cohort mostly completed, a running one spread around the schedule', () => {
    const finished = enrollments.filter(
      (enrollment) => enrollment.cohortKey === 'regionallabor-2024' && enrollment.withdrawnOn === null,
    );
    expect(finished.filter((enrollment) => enrollment.progress === 1).length).toBeGreaterThan(finished.length / 2);
    expect(finished.some((enrollment) => enrollment.progress < 1)).toBe(true);
    const running = enrollments.filter(
      (enrollment) => enrollment.cohortKey === 'regionallabor-2025' && enrollment.withdrawnOn === null,
    );
    const progress = running.map((enrollment) => enrollment.progress);
    expect(Math.max(...progress) - Math.min(...progress)).toBeGreaterThan(0.4);
    expect(new Set(progress).size).toBeGreaterThan(running.length / 2);
    for (const enrollment of enrollments) {
      expect(enrollment.progress).toBeGreaterThanOrEqual(0);
      expect(enrollment.progress).toBeLessThanOrEqual(1);
    }
  });
});
