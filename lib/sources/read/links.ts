// Public links as Fristvakt stores them: without the campaign parameters (utm_*) that feeds
// add, so the same page read from a feed and from a newsletter is one address.
const TRACKING_PARAMETER = /^utm_/i;

/** The address without utm_* parameters; anything that is not an absolute http(s) URL is returned trimmed. */
export function stripTrackingParameters(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return trimmed;
  const names = [...parsed.searchParams.keys()];
  if (!names.some((name) => TRACKING_PARAMETER.test(name))) return trimmed;
  // Rebuild the query by hand: URLSearchParams would re-encode the parameters that stay.
  const kept = parsed.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !TRACKING_PARAMETER.test(safeDecode(pair.split("=")[0])));
  parsed.search = kept.length > 0 ? `?${kept.join("&")}` : "";
  return parsed.toString();
}

/** The link, without tracking parameters, or null when there is none. */
export function cleanLink(url: string | null | undefined): string | null {
  if (!url || !url.trim()) return null;
  return stripTrackingParameters(url);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
