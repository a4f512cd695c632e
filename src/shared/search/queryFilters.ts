import { READ_STATES, type QueryProblem, type ReadState, type SearchFilters } from './searchQuery';

/** The filters a query can use, as typed before the colon (in any case). */
export const FILTER_KEYS = ['tag', 'site', 'author', 'is', 'before', 'after', 'lang'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const EXAMPLES: Record<FilterKey, string> = {
  tag: 'tag:ukraine',
  site: 'site:ndtv.com',
  author: 'author:smith',
  is: 'is:unread',
  before: 'before:2025-03-18',
  after: 'after:2025-03-18',
  lang: 'lang:en',
};

export const emptyFilters = (): SearchFilters => ({
  tags: [],
  sites: [],
  authors: [],
  is: [],
  before: null,
  after: null,
  langs: [],
});

/** Whether any filter is set: a query of filters alone still narrows the articles. */
export const hasFilters = (filters: SearchFilters): boolean =>
  Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== null));

interface FilterToken {
  key: FilterKey;
  value: string;
  at: number;
  valueAt: number;
}

/** Adds one `key:value` to the filters, or says what is wrong with its value. */
export function applyFilter(filters: SearchFilters, { key, value, at, valueAt }: FilterToken): QueryProblem | undefined {
  const text = value.trim();
  if (text === '') return { message: `${key}: needs something after the colon, like ${EXAMPLES[key]}.`, at };
  switch (key) {
    case 'tag':
      return addOnce(filters.tags, text);
    case 'site':
      return addOnce(filters.sites, text);
    case 'author':
      return addOnce(filters.authors, text);
    case 'lang':
      return addOnce(filters.langs, text.toLowerCase());
    case 'is': {
      const state = text.toLowerCase();
      if (!isReadState(state)) {
        const states = `${READ_STATES.slice(0, -1).join(', ')} or ${READ_STATES.at(-1)}`;
        return { message: `is: can be ${states}, not "${text}".`, at: valueAt };
      }
      return addOnce(filters.is, state);
    }
    case 'before':
    case 'after': {
      if (!DAY.test(text)) return { message: `${key}: needs a date like 2025-03-18 (year-month-day).`, at: valueAt };
      if (!isCalendarDay(text)) return { message: `There is no ${text}: ${key}: needs a real date, like 2025-03-18.`, at: valueAt };
      // Two of the same bound narrow to the stricter one (ISO dates compare as text).
      const current = filters[key];
      filters[key] = current === null || (key === 'before' ? text < current : text > current) ? text : current;
      return undefined;
    }
  }
}

const isReadState = (value: string): value is ReadState => (READ_STATES as readonly string[]).includes(value);

function addOnce<T>(values: T[], value: T): undefined {
  if (!values.includes(value)) values.push(value);
  return undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a `year-month-day` is a day that exists: `2024-02-29` is, `2025-02-29` is not. */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
