// A link people can open: an absolute http or https address. Anything else (mailto:,
// javascript:, a bare host name) is not a web address here.

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
