/**
 * A wink-nlp word-vector file in miniature, for tests: 8 dimensions, then the norm and index wink
 * appends. Words of one meaning point the same way, so "ping" and "sms" sit next to "text" and
 * "mail" next to "email"; every other word points its own way in the last four dimensions.
 */
export function miniatureVectors(): string {
  const groups = [
    ["text", "ping", "sms"],
    ["email", "mail"],
    ["directions", "route"],
    ["schedule", "meeting"],
  ];
  const others = ["the", ",", "with", "about", "to", "that", "i'm", "show", "a", "what's", "weather", "tell"];
  const words: string[] = [];
  const vectors: Record<string, number[]> = {};
  const add = (word: string, vector: number[]) => {
    words.push(word);
    vectors[word] = [...vector, Math.hypot(...vector), words.length - 1];
  };
  const axes = [0, 1, 2, 3, 4, 5, 6, 7];
  for (const [axis, group] of groups.entries()) {
    // Near-parallel within a group: the group's axis, plus a trace of the word's rank elsewhere.
    for (const [rank, word] of group.entries())
      add(
        word,
        axes.map((d) => (d === axis ? 1 : rank * 0.01)),
      );
  }
  for (const [rank, word] of others.entries()) {
    // Distinct for ranks below 13: (rank, 5·rank mod 13, 7·rank mod 13) never repeats.
    const spread = [1, rank / 13, ((5 * rank) % 13) / 13, ((7 * rank) % 13) / 13];
    add(
      word,
      axes.map((d) => (d < 4 ? 0 : (spread[d - 4] as number))),
    );
  }
  return JSON.stringify({
    precision: 8,
    l2NormIndex: 8,
    wordIndex: 9,
    size: words.length,
    dimensions: 8,
    words,
    vectors,
  });
}
