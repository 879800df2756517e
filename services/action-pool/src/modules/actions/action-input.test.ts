import { describe, expect, it } from 'vitest';
import { checkCost, checkEffort, checkFieldsOfAction, checkSteps, checkTargetGroups, checkText } from './action-input';

const codes = (errors: { field: string[]; code: string }[]) =>
  errors.map((error) => [error.field.join('.'), error.code]);

describe('action input checks', () => {
  it('measures texts without surrounding blanks', () => {
    expect(checkText('   Hof   ', ['title'], 'The title', [5, 120])).toEqual([
      { field: ['title'], code: 'INVALID', message: 'The title must have 5 to 120 characters, it has 3.' },
    ]);
    expect(checkText('Hofladen', ['title'], 'The title', [5, 120])).toEqual([]);
  });

  it('wants 0 <= min <= max <= 10 million EUR', () => {
    expect(checkCost({ minEur: 0, maxEur: 0 }, ['cost'])).toEqual([]);
    expect(codes(checkCost({ minEur: 10, maxEur: 5 }, ['cost']))).toEqual([['cost.minEur', 'INVALID']]);
    expect(codes(checkCost({ minEur: -1, maxEur: 20_000_000 }, ['cost']))).toEqual([
      ['cost.minEur', 'OUT_OF_RANGE'],
      ['cost.maxEur', 'OUT_OF_RANGE'],
    ]);
  });

  it('wants a duration of 1 to 260 whole weeks', () => {
    expect(checkEffort({ durationWeeks: 260 }, ['effort'])).toEqual([]);
    expect(codes(checkEffort({ durationWeeks: 261 }, ['effort']))).toEqual([['effort.durationWeeks', 'OUT_OF_RANGE']]);
  });

  it('points at the step that is wrong and caps the number of steps', () => {
    const step = { title: 'Raum finden', description: 'Einen Raum mit Steckdosen suchen.' };
    expect(codes(checkSteps([step, { ...step, description: 'kurz' }], ['steps']))).toEqual([
      ['steps.1.description', 'INVALID'],
    ]);
    expect(
      codes(
        checkSteps(
          Array.from({ length: 13 }, () => step),
          ['steps'],
        ),
      ),
    ).toEqual([['steps', 'TOO_MANY']]);
  });

  it('wants at least one known, current field of action', () => {
    const known = new Set(['energy', 'mobility']);
    expect(codes(checkFieldsOfAction([], known, ['fields']))).toEqual([['fields', 'REQUIRED']]);
    expect(codes(checkFieldsOfAction(['energy', 'food'], known, ['fields']))).toEqual([
      ['fields', 'UNKNOWN_FIELD_OF_ACTION'],
    ]);
    expect(checkFieldsOfAction(['mobility'], known, ['fields'])).toEqual([]);
  });

  it('caps target groups and their length', () => {
    expect(codes(checkTargetGroups(['S'], ['groups']))).toEqual([['groups', 'INVALID']]);
    expect(
      codes(
        checkTargetGroups(
          Array.from({ length: 11 }, (_, i) => `Gruppe ${i}`),
          ['groups'],
        ),
      ),
    ).toEqual([['groups', 'TOO_MANY']]);
  });
});
