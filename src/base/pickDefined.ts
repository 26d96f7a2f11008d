/**
 * The named properties of `object` that are not undefined. With `exactOptionalPropertyTypes`-style
 * options objects, spreading this passes an option on only when the caller set it.
 */
export function pickDefined<T extends object, K extends keyof T>(
  object: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}
