/**
 * Sorting the short lists of one segment (its mentions). V8's `Array.prototype.sort` allocates
 * about 0.9 KB of merge state per call whatever the length, and a document sorts a few lists per
 * paragraph; an insertion sort allocates nothing. It is stable, as `sort` is, so both give the same
 * order. Long lists go to `sort`.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 24) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(list[j], item) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = item;
  }
  return list;
}
