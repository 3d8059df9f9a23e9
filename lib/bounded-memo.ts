// Results of a pure function of a string, remembered up to a fixed number of keys (then all
// forgotten at once: cheaper than an LRU, and the keys here repeat within a page). Used where a
// page asks the same time-zone question for each of its dozens of cards.
export function boundedMemo<V>(compute: (key: string) => V, maxKeys = 4_096): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= maxKeys) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
