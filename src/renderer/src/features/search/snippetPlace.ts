import type { SearchField } from '../../../../shared/model/search';

const PLACES: Record<SearchField, string | null> = {
  body: null,
  title: 'In the title',
  authors: 'In the authors',
  site: 'In the site',
  tags: 'In tags',
  highlights: 'In a highlight',
  notes: 'In a note',
};

/** Where a snippet was found, said when it is not the article's text (which is what a snippet usually is). */
export const snippetPlace = (field: SearchField): string | null => PLACES[field];
