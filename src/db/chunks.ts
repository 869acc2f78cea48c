/** `items` `size` at a time, in order (the last chunk may be shorter): the bulk reads and writes of large actions. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
