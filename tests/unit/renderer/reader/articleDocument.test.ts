import { describe, expect, it } from 'vitest';
import { buildArticleDocument } from '../../../../src/renderer/src/features/reader/articleDocument';

describe('buildArticleDocument', () => {
  const doc = buildArticleDocument({ title: 'Quotes " and <tags>', lang: 'de', dir: 'ltr' }, { html: '<p>Text</p>' });

  it('carries its own CSP: nothing loads but stored images, from the asset scheme or the app’s own origin', () => {
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' archive-asset:; font-src 'self'; style-src 'unsafe-inline'">`);
  });

  it('places the stored body as it is, and escapes what it adds itself', () => {
    expect(doc).toContain('<main class="article-body"><p>Text</p></main>');
    expect(doc).toContain('<title>Quotes &quot; and &lt;tags&gt;</title>');
    expect(doc).toContain('<html lang="de" dir="ltr">');
  });
});
