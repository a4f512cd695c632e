import { describe, expect, it } from 'vitest';
import { sanitizeArticle } from '../../../../../../src/main/core/capture/extract/sanitizeArticle';
import type { ImagePlan } from '../../../../../../src/main/core/capture/types';

const remote: ImagePlan = { kind: 'keep-remote' };
const clean = (html: string, images: ImagePlan = remote) => sanitizeArticle({ html, images });

describe('sanitizeArticle', () => {
  it.each([
    ['script', '<p>a</p><script>alert(1)</script>', /script|alert/],
    ['event handlers', '<p onclick="alert(1)" onmouseover="x()">a</p><img src="https://e.com/i.jpg" onerror="alert(1)">', /on\w+=/],
    ['javascript: and data: links', '<a href="javascript:alert(1)">a</a><a href="data:text/html,<script>x</script>">b</a><a href=" JaVaScRiPt:x">c</a>', /href/],
    ['svg payloads', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a><script>alert(1)</script></svg>', /svg|script|href/],
    ['math payloads', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /math|style|onerror|<img/],
    ['styles', '<style>body{display:none}</style><p style="position:fixed">a</p>', /style|fixed/],
    ['forms', '<form action="https://evil.example"><input name="q"><button formaction="x">go</button></form>', /form|input|button/],
    ['frames, objects, embeds, media', '<iframe src="https://e.com"></iframe><object data="x"></object><embed src="x"><video src="x"></video><audio src="x"></audio>', /iframe|object|embed|video|audio/],
    ['srcset', '<img src="https://e.com/a.jpg" srcset="https://evil.example/b.jpg 2x">', /srcset|evil/],
    ['mXSS through noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', /onerror|<img/],
    ['mXSS through comments', '<!--><img src=x onerror=alert(1)>-->', /onerror/],
    ['meta refresh and base', '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">', /meta|base|evil/],
  ])('removes %s', (_name, html, forbidden) => {
    expect(clean(html)).not.toMatch(forbidden);
  });

  it('defuses DOM clobbering by prefixing ids and names', () => {
    const out = clean('<img name="getElementById" src="https://e.com/a.jpg"><p id="cookie">x</p><a name="location">y</a>');
    expect(out).toContain('id="user-content-cookie"');
    expect(out).not.toMatch(/(?:name|id)="(?:getElementById|cookie|location)"/);
  });

  it('keeps article structure, absolute http(s) and mailto links, and drops relative or asset links', () => {
    const html = '<h2>T</h2><p><em>a</em> <a href="https://e.com/x" target="_blank">web</a> <a href="mailto:a@e.com">mail</a> <a href="/rel">rel</a> <a href="archive-asset://id/f.jpg">asset</a></p><table><tr><td colspan="2">c</td></tr></table>';
    expect(clean(html)).toBe(
      '<h2>T</h2><p><em>a</em> <a href="https://e.com/x">web</a> <a href="mailto:a@e.com">mail</a> <a>rel</a> <a>asset</a></p><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
    );
  });

  it('points saved images at their assets and puts a labelled placeholder where an image was not saved', () => {
    const plan: ImagePlan = {
      kind: 'local',
      images: { 'https://e.com/a.jpg': 'archive-asset://art1/image-1.jpg', 'https://e.com/b.jpg': null, 'https://e.com/c.jpg': 'javascript:alert(1)' },
    };
    const out = clean('<img src="https://e.com/a.jpg" alt="A"><img src="https://e.com/b.jpg" alt="A &quot;bridge&quot;"><img src="https://e.com/c.jpg"><img src="https://e.com/unknown.jpg">', plan);
    expect(out).toBe(
      '<img src="archive-asset://art1/image-1.jpg" alt="A">' +
        '<span class="na-missing-image" role="img" aria-label="Image not saved: A &quot;bridge&quot;">Image not saved</span>' +
        '<span class="na-missing-image" role="img" aria-label="Image not saved">Image not saved</span>'.repeat(2),
    );
  });

  it("stores a saved page's own file: images under their asset, and never lets a file: address through", () => {
    const plan: ImagePlan = { kind: 'local', images: { 'file:///home/ana/Story_files/a.jpg': 'archive-asset://art1/images/a.jpg' } };
    expect(clean('<img src="file:///home/ana/Story_files/a.jpg">', plan)).toBe('<img src="archive-asset://art1/images/a.jpg">');
    expect(clean('<img src="file:///home/ana/Story_files/a.jpg">')).toBe(
      '<span class="na-missing-image" role="img" aria-label="Image not saved">Image not saved</span>',
    );
  });

  it('keeps remote http(s) images for keep-remote, and never a data: image', () => {
    expect(clean('<img src="https://e.com/a.jpg"><img src="data:image/png;base64,AAAA">')).toBe(
      '<img src="https://e.com/a.jpg"><span class="na-missing-image" role="img" aria-label="Image not saved">Image not saved</span>',
    );
  });

  it('drops classes other than its own placeholder', () => {
    expect(clean('<p class="x"><span class="na-missing-image">a</span><span class="other">b</span></p>')).toBe('<p><span class="na-missing-image">a</span><span>b</span></p>');
  });
});
