import { z } from 'zod';

/**
 * What the app's menu asks the window to do. Main sends the name; the window runs the same code as
 * the matching key or button. `show:<screen>` goes to a view of the library.
 */
export const MenuCommandSchema = z.enum([
  'save',
  'import',
  'settings',
  'search',
  'help',
  'show:unread',
  'show:all',
  'show:starred',
  'show:archive',
  'show:highlights',
  'show:trash',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
