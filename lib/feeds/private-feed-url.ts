/** The address of an organisation's private feed: the token is the whole secret. */
export function privateFeedUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/feeds/private/${token}.ics`;
}
