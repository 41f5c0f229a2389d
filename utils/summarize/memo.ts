// A function of one string remembered for one text: a long text names the same people and words thousands of times.

/** `fn` answered once per distinct key; the map lives as long as the returned function (one call over one text). */
export function memoized<T>(fn: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = fn(key);
    answers.set(key, answer);
    return answer;
  };
}
