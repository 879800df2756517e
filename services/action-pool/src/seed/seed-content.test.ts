import { demoActions, demoOutcomes, seedRegions } from '@mitmach/demo-network';
import { describe, expect, it } from 'vitest';
import { checkSteps, checkTargetGroups, checkText, limits } from '../modules/actions/action-input';
import type { ActionContent } from './action-content';
import { outcomeActionContent } from './outcome-actions';
import { poolActions } from './pool-actions';

const actions = demoActions();
const fromOutcomes = actions.filter((action) => action.outcomeKey !== null);
const broughtIn = actions.filter((action) => action.outcomeKey === null);

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
    for (const action of fromOutcomes) {
      const outcome = demoOutcomes.find((candidate) => candidate.key === action.outcomeKey);
      const content = outcomeActionContent[action.key];
      expect(content, action.key).toBeDefined();
      if (!content || !outcome) continue;
      expect(problemsOf(outcome.title, `${outcome.description} ${content.details}`, content), action.key).toEqual([]);
      expect(content.steps.length, action.key).toBeGreaterThanOrEqual(3);
      expect(content.steps.length, action.key).toBeLessThanOrEqual(6);
    }
    expect(Object.keys(outcomeActionContent).sort()).toEqual(fromOutcomes.map((action) => action.key).sort());
  });

  it('writes an action up after the conference it came from, and publishes it later', () => {
    for (const action of fromOutcomes) {
      const content = outcomeActionContent[action.key];
      const conferenceOn = seedRegions.find((region) => region.slug === action.regionSlug)?.firstConferenceOn;
      expect(conferenceOn, action.key).toBeTruthy();
      expect(content?.createdOn.localeCompare(conferenceOn ?? ''), action.key).toBe(1);
      if (action.publishedOn) expect(action.publishedOn > (content?.createdOn ?? ''), action.key).toBe(true);
    }
  });

  it('writes up the 6 to 10 actions regions brought into the pool directly', () => {
    expect(broughtIn.length).toBeGreaterThanOrEqual(6);
    expect(broughtIn.length).toBeLessThanOrEqual(10);
    expect(poolActions.map((content) => content.key).sort()).toEqual(broughtIn.map((action) => action.key).sort());
    for (const content of poolActions) {
      const action = broughtIn.find((candidate) => candidate.key === content.key);
      expect(problemsOf(content.title, content.description, content), content.key).toEqual([]);
      expect(content.steps.length, content.key).toBeGreaterThanOrEqual(3);
      expect((action?.publishedOn ?? '') > content.createdOn, content.key).toBe(true);
    }
  });
});
