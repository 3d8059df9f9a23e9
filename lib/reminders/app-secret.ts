// The secret that signs unsubscribe links, as the running app sees it: AUTH_SECRET, or the
// one kept in the data folder, exactly as sessions and the scheduler use it.
import { dataDirFromEnv } from "../settings/data-dir";
import { resolveAuthSecret } from "../auth/secret";

export function unsubscribeSecretFromEnv(env: Record<string, string | undefined> = process.env): string {
  return resolveAuthSecret(dataDirFromEnv(env), env).secret;
}
