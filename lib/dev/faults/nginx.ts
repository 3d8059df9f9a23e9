// nginx (Debian's package) in front of app instances, on loopback, with a configuration
// written for the run: requests that fail to connect move on to the next instance.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../db/embedded";
import { waitForHealthy } from "../bench/http";

export interface Nginx {
  baseUrl: string;
  stop(): Promise<void>;
}

export function findNginx(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

export async function startNginx(upstreamPorts: number[]): Promise<Nginx> {
  const binary = findNginx();
  if (!binary) throw new Error("nginx is not installed (apt-get install nginx-light)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-nginx-"));
  const port = await findFreePort();
  const servers = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  const config = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream fristvakt {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://fristvakt;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_connect_timeout 2s;
      proxy_read_timeout 15s;
      # A request to an instance that died is tried again on the other, also for POST.
      proxy_next_upstream error timeout http_502 non_idempotent;
    }
  }
}
`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), config);
  const test = spawnSync(binary, ["-t", "-c", path.join(dir, "nginx.conf"), "-p", dir], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused its configuration: ${test.stderr}`);
  const child: ChildProcess = spawn(binary, ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealthy(baseUrl, 20_000);
  return {
    baseUrl,
    async stop() {
      child.kill("SIGQUIT");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
