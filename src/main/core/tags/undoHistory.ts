/**
 * The last `limit` undoable actions, by token, in memory only: undo is for the session the change was
 * made in, and a restart (or `limit` later actions) lets the oldest go.
 */
export function createUndoHistory<T>(limit: number, newToken: () => string) {
  const entries = new Map<string, T>();
  return {
    push(entry: T): string {
      const token = newToken();
      entries.set(token, entry);
      for (const oldest of entries.keys()) {
        if (entries.size <= limit) break;
        entries.delete(oldest);
      }
      return token;
    },
    /** The entry of a token, removed: an action is undone once. */
    take(token: string): T | undefined {
      const entry = entries.get(token);
      entries.delete(token);
      return entry;
    },
  };
}
