type Listener<T> = (payload: T) => void;

/** A minimal typed event emitter. A failing listener is reported and never fails the write that emitted. */
export function createEmitter<Events extends object>() {
  const listeners = new Map<keyof Events, Set<Listener<never>>>();
  return {
    on<E extends keyof Events>(event: E, listener: Listener<Events[E]>): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    emit<E extends keyof Events>(event: E, payload: Events[E]): void {
      for (const listener of listeners.get(event) ?? []) {
        try {
          (listener as Listener<Events[E]>)(payload);
        } catch (error) {
          console.error(`News Archive: a '${String(event)}' listener failed`, error);
        }
      }
    },
  };
}
export type Emitter<Events extends object> = ReturnType<typeof createEmitter<Events>>;
