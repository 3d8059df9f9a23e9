// Ids are UUIDs. One that is not cannot exist, and PostgreSQL would reject it in a uuid column:
// answering "not found" up front keeps an id from the URL from ever reaching a query as an error.

/** The pattern's text, for rules that embed an id in a longer pattern. */
export const UUID_SOURCE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const UUID_PATTERN = new RegExp(`^${UUID_SOURCE}$`, "i");

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}
