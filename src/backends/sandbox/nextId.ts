/** `prefix-N` with N one above the highest N in use, so ids stay unique in a hand-edited state. */
export function nextId(prefix: string, items: readonly { id: string }[]): string {
  const used = items.map((item) => {
    const match = new RegExp(`^${prefix}-(\\d+)$`).exec(item.id);
    return match ? Number(match[1]) : 0;
  });
  return `${prefix}-${Math.max(0, ...used) + 1}`;
}
