// Ids that are not UUIDs cannot exist, and PostgreSQL would reject them in a uuid column:
// answering "not found" up front keeps an id from the URL from ever reaching a query as an error.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}
