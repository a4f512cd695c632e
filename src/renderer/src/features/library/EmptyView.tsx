/** A view of a non-empty library that has nothing in it right now. */
export function EmptyView({ message }: { message: string }) {
  return <p className="empty-view">{message}</p>;
}
