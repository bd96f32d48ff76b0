// One page of a list that a person browses with ◀ / ▶ (lists a person pages through are short).
export interface Page<T> {
  items: T[];
  /** Zero-based; a page past the end shows the last one. */
  page: number;
  pages: number;
}

export function pageOf<T>(all: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { items: all.slice(current * size, (current + 1) * size), page: current, pages };
}
