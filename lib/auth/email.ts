// E-mail addresses are compared exactly; the database holds them lower-cased (a check
// constraint), so every lookup and insert goes through this.
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
