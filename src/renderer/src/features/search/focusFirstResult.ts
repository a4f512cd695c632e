/**
 * ↓ from the search box: focus goes to the first result on screen (the list's rows are virtual,
 * so the first in the page is the first one shown), where j/k/Enter take over as in the list.
 */
export function focusFirstResult(): void {
  document.querySelector<HTMLElement>('main .article-list .article-row__open')?.focus();
}
