import { describe, expect, it } from 'vitest';
import { mergeJobs } from '../../../../src/renderer/src/features/capture/mergeJobs';
import { captureJob } from '../../../support/captureJob';

const stateOf = (known: ReturnType<typeof mergeJobs>, id: string) => known.get(id)?.state;

describe('mergeJobs', () => {
  it('moves a save forward, image counts included', () => {
    let known = mergeJobs(new Map(), [captureJob({ id: 'a', state: 'queued' })]);
    known = mergeJobs(known, [captureJob({ id: 'a', state: 'images', images: { done: 1, total: 4 } })]);
    known = mergeJobs(known, [captureJob({ id: 'a', state: 'images', images: { done: 2, total: 4 } })]);
    expect(known.get('a')?.images).toEqual({ done: 2, total: 4 });
  });

  it('drops a late report of an earlier stage (the start answer after the first progress event)', () => {
    const known = mergeJobs(new Map(), [captureJob({ id: 'a', state: 'fetching' }), captureJob({ id: 'a', state: 'queued' })]);
    expect(stateOf(known, 'a')).toBe('fetching');
  });

  it('never changes a finished save', () => {
    const known = mergeJobs(new Map(), [captureJob({ id: 'a', state: 'cancelled' }), captureJob({ id: 'a', state: 'failed' })]);
    expect(stateOf(known, 'a')).toBe('cancelled');
  });
});
