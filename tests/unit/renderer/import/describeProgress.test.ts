import { describe, expect, it } from 'vitest';
import { importLabel, progressAnnouncement, progressSummary, timeLeft } from '../../../../src/renderer/src/features/import/describeProgress';
import { progress } from './importFakes';

describe('timeLeft', () => {
  it('says nothing without a pace, then minutes, then hours and minutes', () => {
    expect(timeLeft(null)).toBeNull();
    expect(timeLeft(20)).toBe('less than a minute left');
    expect(timeLeft(60)).toBe('about 1 minute left');
    expect(timeLeft(12 * 60 + 10)).toBe('about 12 minutes left');
    expect(timeLeft(2 * 3600)).toBe('about 2 hours left');
    expect(timeLeft(3600 + 5 * 60)).toBe('about 1 hour 5 minutes left');
  });
});

describe('progressSummary', () => {
  it('counts done of all while running, with the failures', () => {
    expect(progressSummary(progress({ fetched: 1234, failed: 12, total: 8000 }), 0)).toBe('1,234 of 8,000 pages downloaded · 12 failed');
  });

  it('once idle, tells the links imported without fetching apart from the failures', () => {
    expect(progressSummary(progress({ state: 'idle', fetched: 5, failed: 4, total: 9 }), 3)).toBe('5 pages downloaded · 1 failed · 3 not downloaded yet');
    expect(progressSummary(progress({ state: 'idle', failed: 3, total: 3 }), 3)).toBe('3 not downloaded yet');
  });
});

describe('announcements and labels', () => {
  it('announces the changes of course only', () => {
    expect(progressAnnouncement(progress({ total: 10, fetched: 4 }))).toBe('Downloading 6 pages.');
    expect(progressAnnouncement(progress({ state: 'paused', total: 10 }))).toBe('Downloads paused.');
    expect(progressAnnouncement(progress({ state: 'idle', total: 10, fetched: 8, failed: 2 }))).toBe('Downloads finished; 2 failed.');
    expect(progressAnnouncement(progress({ state: 'idle' }))).toBe('');
  });

  it('names the import button with its count', () => {
    expect(importLabel(1)).toBe('Import 1 article');
    expect(importLabel(8000)).toBe('Import 8,000 articles');
  });
});
