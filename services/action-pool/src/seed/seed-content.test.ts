import { demoOutcomes, seedRegions } from '@mitmach/demo-network';
import { describe, expect, it } from 'vitest';
import { checkSteps, checkTargetGroups, checkText, limits } from '../modules/actions/action-input';
import type { ActionContent } from './action-content';
import { outcomeActionContent } from './outcome-actions';
import { poolActions } from './pool-actions';

const outcomesWithActions = demoOutcomes.filter((outcome) => outcome.action !== null);

function problemsOf(title: string, description: string, content: ActionContent): unknown[] {
  return [
    ...checkText(title, ['title'], 'title', limits.title),
    ...checkText(content.summary, ['summary'], 'summary', limits.summary),
    ...checkText(description, ['description'], 'description', limits.description),
    ...checkText(content.impact, ['impact'], 'impact', limits.impact),
    ...checkSteps(content.steps, ['steps']),
    ...checkTargetGroups(content.targetGroups, ['targetGroups']),
  ];
}

describe('demo content of the action pool', () => {
  it('writes up every conference outcome that became an action, with 3 to 6 steps, as a client would have to', () => {
    for (const outcome of outcomesWithActions) {
      const content = outcomeActionContent[outcome.action?.key ?? ''];
      expect(content, outcome.key).toBeDefined();
      if (!content) continue;
      expect(problemsOf(outcome.title, `${outcome.description} ${content.details}`, content), outcome.key).toEqual([]);
      expect(content.steps.length, outcome.key).toBeGreaterThanOrEqual(3);
      expect(content.steps.length, outcome.key).toBeLessThanOrEqual(6);
      expect(content.publishedOn !== null, outcome.key).toBe(outcome.action?.status === 'published');
    }
    expect(Object.keys(outcomeActionContent).sort()).toEqual(
      outcomesWithActions.map((outcome) => outcome.action?.key).sort(),
    );
  });

  it('publishes an action after the conference it came from', () => {
    for (const outcome of outcomesWithActions) {
      const content = outcomeActionContent[outcome.action?.key ?? ''];
      const conferenceOn = seedRegions.find((region) => region.slug === outcome.regionSlug)?.firstConferenceOn;
      expect(conferenceOn, outcome.key).toBeTruthy();
      expect(content?.createdOn.localeCompare(conferenceOn ?? ''), outcome.key).toBe(1);
      if (content?.publishedOn) expect(content.publishedOn > content.createdOn, outcome.key).toBe(true);
    }
  });

  it('adds 6 to 10 published actions of regions in the network that were adopted only after publishing', () => {
    expect(poolActions.length).toBeGreaterThanOrEqual(6);
    expect(poolActions.length).toBeLessThanOrEqual(10);
    const slugs = new Set(seedRegions.map((region) => region.slug));
    for (const action of poolActions) {
      expect(problemsOf(action.title, action.description, action), action.key).toEqual([]);
      expect(action.steps.length, action.key).toBeGreaterThanOrEqual(3);
      expect(slugs.has(action.regionSlug), action.key).toBe(true);
      for (const adoption of action.adoptions) {
        expect(slugs.has(adoption.regionSlug), adoption.regionSlug).toBe(true);
        expect(adoption.startedOn > (action.publishedOn ?? ''), action.key).toBe(true);
      }
    }
    const keys = [...poolActions.map((action) => action.key), ...outcomesWithActions.map((o) => o.action?.key)];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
