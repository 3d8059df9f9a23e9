// Builds a Prisma client on the pg driver adapter (Prisma 7 needs one). Scripts and tests
// call this directly; the app uses the shared client in ./client.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

export function createPrismaClient(url: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? 10,
    // A finite wait for a free connection: a busy or absent database answers an error
    // instead of a request that hangs.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
