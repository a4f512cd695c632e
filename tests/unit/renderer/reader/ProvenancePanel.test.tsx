import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Provenance } from '../../../../src/shared/model/provenance';
import { ProvenancePanel } from '../../../../src/renderer/src/features/reader/ProvenancePanel';

afterEach(cleanup);

const provenance: Provenance = {
  source: 'url',
  requestedUrl: 'http://news.example/story',
  finalUrl: 'https://news.example/story',
  httpStatus: 200,
  contentType: 'text/html; charset=utf-8',
  fileName: null,
  capturedAt: '2025-03-18T09:30:00.000Z',
  rawSha256: 'a'.repeat(64),
  textSha256: 'b'.repeat(64),
  rawFile: 'content/x/raw.html.gz',
  imagesStored: 4,
  imagesFailed: [{ url: 'https://cdn.news.example/broken.jpg', reason: 'HTTP 404' }],
};

const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).closest('div')!;

describe('ProvenancePanel', () => {
  it('is a disclosure named “About this copy”', () => {
    render(<ProvenancePanel provenance={provenance} />);
    const summary = screen.getByText('About this copy');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')?.open).toBe(false);
  });

  it('tells how and from where the copy was made', () => {
    render(<ProvenancePanel provenance={provenance} />);
    expect(fact('Source').textContent).toContain('Web address');
    expect(fact('Requested address').textContent).toContain('http://news.example/story');
    expect(fact('Final address, after redirects').textContent).toContain('https://news.example/story');
    expect(fact('HTTP status').textContent).toContain('200');
    expect(fact('Content type').textContent).toContain('text/html; charset=utf-8');
    expect(fact('Saved').textContent).toMatch(/2025/);
    expect(fact('Raw capture').textContent).toContain('Stored with the article');
    expect(screen.queryByText('File name')).toBeNull();
  });

  it('shows both digests exactly, each with a Copy button', async () => {
    const writeText = vi.fn(async () => {});
    Object.assign(navigator, { clipboard: { writeText } });
    render(<ProvenancePanel provenance={provenance} />);
    const raw = fact('SHA-256 of the raw capture');
    expect(within(raw).getByText('a'.repeat(64)).tagName).toBe('CODE');
    expect(within(fact('SHA-256 of the text')).getByText('b'.repeat(64)).tagName).toBe('CODE');
    fireEvent.click(within(raw).getByRole('button', { name: /^Copy/ }));
    expect(writeText).toHaveBeenCalledWith('a'.repeat(64));
    expect(await within(raw).findByText('Copied')).toBeTruthy();
  });

  it('counts the images stored and lists those that failed, with why', () => {
    render(<ProvenancePanel provenance={provenance} />);
    expect(fact('Images').textContent).toContain('4 stored, 1 could not be saved');
    const failed = screen.getByRole('region', { name: 'Images not saved' });
    expect(failed.textContent).toContain('https://cdn.news.example/broken.jpg');
    expect(failed.textContent).toContain('HTTP 404');
  });

  it('names the file of a saved page, and says when no raw capture was kept', () => {
    render(<ProvenancePanel provenance={{ ...provenance, source: 'file', requestedUrl: null, finalUrl: null, httpStatus: null, fileName: 'story.mhtml', rawFile: null, imagesFailed: [] }} />);
    expect(fact('Source').textContent).toContain('File');
    expect(fact('File name').textContent).toContain('story.mhtml');
    expect(fact('Raw capture').textContent).toContain('Not stored');
    expect(screen.queryByText('Requested address')).toBeNull();
    expect(screen.queryByText('HTTP status')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Images not saved' })).toBeNull();
  });

  it('says so for articles saved before provenance was recorded', () => {
    render(<ProvenancePanel provenance={null} />);
    expect(screen.getByText('Saved before capture details were recorded.')).toBeTruthy();
  });
});
