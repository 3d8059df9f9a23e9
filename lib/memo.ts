// A bounded memo for pure functions of one string. A feed of thousands of events, or a page of
// dozens of cards, repeats a few hundred dates; computing each answer once keeps them cheap.
export function memoize<T>(compute: (key: string) => T, maxEntries = 10_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      // Dropping everything at the bound is crude, but the dates of many years stay below it.
      if (answers.size >= maxEntries) answers.clear();
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
