import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { Db } from "../db/prisma";
import { findActiveUserIdByEmail } from "./load-viewer";
import { OIDC_PROVIDER_ID, verifiedEmailOf } from "./oidc";

type Callbacks = NonNullable<NextAuthConfig["callbacks"]>;

/**
 * Auth.js callbacks. The session cookie carries only the user's id (`sub`): role,
 * organisation and whether the user is disabled are read from the database on every
 * request by getViewer, never trusted from the cookie.
 */
export function createAuthCallbacks(getDb: () => Db): Callbacks {
  const userIdForProfile = async (profile: Record<string, unknown> | undefined) => {
    const email = verifiedEmailOf(profile);
    return email ? findActiveUserIdByEmail(getDb(), email) : null;
  };
  return {
    async signIn({ account, profile }) {
      // The Credentials provider's authorize() has already checked password and throttling.
      if (account?.type === "credentials") return true;
      if (account?.provider !== OIDC_PROVIDER_ID) return false;
      return (await userIdForProfile(profile)) !== null;
    },
    async jwt({ token, user, account, profile }) {
      if (!account) return token.sub ? { sub: token.sub } : null;
      if (account.type === "credentials") return user?.id ? { sub: user.id } : null;
      const userId = await userIdForProfile(profile);
      return userId ? { sub: userId } : null;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  };
}
