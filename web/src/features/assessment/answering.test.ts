import { describe, expect, it } from 'vitest';
import type { InstrumentView } from '../../../../core/schemas/assessment.js';
import {
  changedAnswers,
  firstOpenStep,
  nextStep,
  parseAnswer,
  parseStep,
  previousStep,
  roundGroup,
  unanswered,
} from './answering.js';

const text = (s: string) => ({ da: s, en: s });
const INSTRUMENT: InstrumentView = {
  version: 1,
  dimensions: [
    {
      key: 'a',
      kind: 'focus_area',
      name: text('A'),
      description: text('A'),
      items: [
        { key: 'a.one', text: text('a1') },
        { key: 'a.two', text: text('a2') },
      ],
    },
    {
      key: 'b',
      kind: 'advice',
      name: text('B'),
      description: text('B'),
      items: [{ key: 'b.one', text: text('b1') }],
    },
  ],
};

describe('answering steps', () => {
  it('reads ?trin= as a dimension step or the review, and nothing else', () => {
    expect(parseStep('1', 2)).toBe(1);
    expect(parseStep('2', 2)).toBe(2);
    expect(parseStep('indsend', 2)).toBe('review');
    for (const bad of [null, '', '0', '3', '-1', '1.5', 'x', '1e1']) expect(parseStep(bad, 2)).toBeNull();
  });

  it('picks up at the first dimension with an unanswered statement, else the review', () => {
    expect(firstOpenStep(INSTRUMENT, {})).toBe(1);
    expect(firstOpenStep(INSTRUMENT, { 'a.one': 3 })).toBe(1);
    expect(firstOpenStep(INSTRUMENT, { 'a.one': 3, 'a.two': 'dont_know' })).toBe(2);
    expect(firstOpenStep(INSTRUMENT, { 'a.one': 3, 'a.two': 1, 'b.one': 5 })).toBe('review');
  });

  it('moves forward to the review and back from it to the last dimension', () => {
    expect(nextStep(1, 2)).toBe(2);
    expect(nextStep(2, 2)).toBe('review');
    expect(previousStep('review', 2)).toBe(2);
    expect(previousStep(2, 2)).toBe(1);
    expect(previousStep(1, 2)).toBeNull();
  });

  it('lists the unanswered statements with their step; "ved ikke" is an answer', () => {
    const left = unanswered(INSTRUMENT, { 'a.one': 'dont_know' });
    expect(left.map((u) => [u.step, u.item.key])).toEqual([
      [1, 'a.two'],
      [2, 'b.one'],
    ]);
  });
});

describe('saving', () => {
  it('sends only what changed since the last save, and null for a cleared answer', () => {
    expect(changedAnswers({ 'a.one': 3 }, { 'a.one': 3 })).toEqual({});
    expect(changedAnswers({ 'a.one': 4, 'a.two': 'dont_know' }, { 'a.one': 3 })).toEqual({
      'a.one': 4,
      'a.two': 'dont_know',
    });
    expect(changedAnswers({}, { 'b.one': 2 })).toEqual({ 'b.one': null });
  });

  it('turns a radio value back into an answer', () => {
    expect(parseAnswer('1')).toBe(1);
    expect(parseAnswer('5')).toBe(5);
    expect(parseAnswer('dont_know')).toBe('dont_know');
    expect(parseAnswer('6')).toBeNull();
    expect(parseAnswer('')).toBeNull();
  });
});

describe('my rounds', () => {
  it('groups a round by what I can do with it', () => {
    expect(roundGroup({ status: 'open', state: 'not_started' })).toBe('open');
    expect(roundGroup({ status: 'open', state: 'draft' })).toBe('open');
    expect(roundGroup({ status: 'open', state: 'submitted' })).toBe('submitted');
    expect(roundGroup({ status: 'closed', state: 'submitted' })).toBe('submitted');
    expect(roundGroup({ status: 'scheduled', state: 'not_started' })).toBe('scheduled');
    expect(roundGroup({ status: 'closed', state: 'draft' })).toBe('missed');
  });
});
