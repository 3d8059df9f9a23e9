import { describe, expect, it } from "vitest";
import { newRenderKeysText, RENDER_KEYS_ENV, renderKeysFromEnv } from "./render-keys";

describe("the page cache's render keys", () => {
  it("are the same in every process handed the same keys, so any worker can render for another", () => {
    const env = { [RENDER_KEYS_ENV]: newRenderKeysText() };
    const first = renderKeysFromEnv(env);
    expect(renderKeysFromEnv({ ...env })).toEqual(first);
    expect(first.secret).toMatch(/^[0-9a-f]{32}$/);
    expect(first.placeholderNonce).toMatch(/^[0-9a-f]{48}$/);
  });

  it("are new and unguessable in a process that serves alone, or was handed something else", () => {
    const made = [renderKeysFromEnv({}), renderKeysFromEnv({}), renderKeysFromEnv({ [RENDER_KEYS_ENV]: "short.keys" })];
    expect(new Set(made.map((keys) => keys.secret)).size).toBe(3);
    expect(new Set(made.map((keys) => keys.placeholderNonce)).size).toBe(3);
    for (const keys of made) expect(keys.secret).not.toBe("short");
  });
});
