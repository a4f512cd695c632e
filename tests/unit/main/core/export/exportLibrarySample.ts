import type { Article } from '../../../../../src/shared/model/article';
import { assetUrl } from '../../../../../src/shared/model/assets';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import { makeArticle } from '../../../../support/makeArticle';
import { newHighlight } from '../../../../support/makeHighlight';

/** A 1×1 transparent PNG: the smallest picture the image sniffer recognises. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Two articles with the same title (a name collision), one of them with an image, a note and a highlight. */
export const story = makeArticle(1, {
  title: 'Ceasefire: "talks" resume',
  authors: ['Ada Reporter', 'Bo Writer'],
  siteName: 'Example News',
  savedAt: '2025-03-10T10:00:00.000Z',
  read: true,
  starred: true,
  progress: 0.4567,
  wordCount: 321,
});
export const sameTitle = makeArticle(2, { title: 'Ceasefire: "talks" resume', savedAt: '2025-03-09T10:00:00.000Z', url: null, canonicalUrl: null });
export const formula = makeArticle(3, { title: '=HYPERLINK("http://evil.example")', siteName: '@site', savedAt: '2025-03-08T10:00:00.000Z' });
export const trashed = makeArticle(4, { title: 'In the bin', trashedAt: '2025-03-11T10:00:00.000Z' });

export const storyText = 'Talks resume today. The guns fell silent.';

/** A library at `dir` holding the sample articles, tagged `ukraine/ceasefire` (story) and `sport` (formula). */
export async function seedExportLibrary(dir: string): Promise<{ image: string }> {
  const library = await openLibrary({ dir });
  try {
    const draft = await library.articles.draft(story.id);
    const image = await draft.addImage(PNG, 'png');
    const html = `<h2>Talks</h2><p>Talks resume today. <em>The guns</em> fell silent.</p><figure><img src="${assetUrl(story.id, image)}" alt="The border"></figure>`;
    await library.articles.add(story, { html, text: storyText, draft });
    const others: Article[] = [sameTitle, formula, trashed];
    for (const article of others) await library.articles.add(article, { html: `<p>${article.title}</p>`, text: article.title });
    await library.tags.apply([story.id], { add: ['ukraine/ceasefire'], remove: [] });
    await library.tags.apply([formula.id], { add: ['sport'], remove: [] });
    await library.annotations.addHighlight(newHighlight(story.id, 'The guns fell silent.', 20, { note: 'Check <this> & "that".', color: 'green' }));
    await library.annotations.setNote(story.id, 'Follow up next week.');
    return { image };
  } finally {
    await library.close();
  }
}
