// What a browser does, done from a script: sign in through Auth.js's endpoints, and call a
// server action the way Next's client does (the action's id from the build's manifest, its
// arguments encoded with React's own encoder).
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "../../cli/next-process";

const require = createRequire(import.meta.url);
const { encodeReply } = require(path.join(ROOT, "node_modules/next/dist/compiled/react-server-dom-turbopack/client.node.js")) as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export async function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Response> {
  return fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
}

/** A page view as a browser sends it (fetch would call itself "cors", which the page cache leaves alone). */
export function viewPage(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { accept: "text/html,application/xhtml+xml", "sec-fetch-mode": "navigate" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on("error", reject);
    });
    request.setTimeout(10_000, () => request.destroy(new Error(`${url} took longer than 10 s`)));
    request.on("error", reject);
  });
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** Signs in and answers the Cookie header a browser would then send; throws when refused. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetchWithTimeout(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetchWithTimeout(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/my" }),
  });
  const location = response.headers.get("location") ?? "";
  if (response.status !== 302 || location.includes("error=")) throw new Error(`sign-in refused (${response.status} ${location})`);
  return [...jar, ...cookiesOf(response)].join("; ");
}

/** The id of a server action in the current build, by its file and exported name. */
export function serverActionId(file: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in ${file} in the build`);
  return found[0];
}

/** Calls a form action (previous state, form data) as the page at `pagePath` would. */
export async function callFormAction(
  baseUrl: string,
  pagePath: string,
  actionId: string,
  fields: Record<string, string>,
  cookie: string,
  timeoutMs = 10_000,
): Promise<{ status: number; body: string }> {
  return callAction(baseUrl, pagePath, actionId, [{ status: "idle" }, formOf(fields)], cookie, timeoutMs);
}

export function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/** Calls a server action with these arguments as the page at `pagePath` would. */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  actionId: string,
  args: unknown[],
  cookie: string,
  timeoutMs = 10_000,
): Promise<{ status: number; body: string }> {
  const body = await encodeReply(args);
  const response = await fetchWithTimeout(
    baseUrl + pagePath,
    {
      method: "POST",
      headers: { "next-action": actionId, accept: "text/x-component", origin: baseUrl, cookie },
      body: body as BodyInit,
    },
    timeoutMs,
  );
  return { status: response.status, body: await response.text() };
}
