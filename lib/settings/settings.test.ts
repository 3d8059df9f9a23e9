// The shared rules for settings: ports, the database, the data folder.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataDirFromEnv } from "./data-dir";
import { databaseUrlFromEnv, dbPoolSizeFromEnv } from "./database";
import { listeningPortFromEnv, portFromText } from "./port";
import { isSwitchedOn } from "./switch";
import { serverWorkersFromEnv } from "./workers";

describe("port settings", () => {
  it("take a whole number from 1 to 65535, and the default when unset or empty", () => {
    expect(listeningPortFromEnv({})).toBe(3000);
    expect(listeningPortFromEnv({ PORT: " " })).toBe(3000);
    expect(listeningPortFromEnv({ PORT: "8080" })).toBe(8080);
    expect(listeningPortFromEnv({ PORT: " 65535 " })).toBe(65535);
    expect(portFromText("", 587, "SMTP_PORT")).toBe(587);
  });

  it("refuse anything else with a sentence naming the setting", () => {
    for (const bad of ["0", "65536", "80.5", "-1", "eighty", "1e3", "0x50"]) {
      expect(() => listeningPortFromEnv({ PORT: bad }), bad).toThrow(`PORT must be a port number from 1 to 65535, not "${bad}".`);
    }
    expect(() => portFromText("99999", 587, "SMTP_PORT")).toThrow(/^SMTP_PORT must be a port number/);
  });
});

describe("database settings", () => {
  it("need DATABASE_URL, and say how to start when it is missing", () => {
    expect(databaseUrlFromEnv({ DATABASE_URL: "postgresql://localhost/fristvakt" })).toBe("postgresql://localhost/fristvakt");
    expect(() => databaseUrlFromEnv({ DATABASE_URL: "" })).toThrow("DATABASE_URL is not set: start Fristvakt with `npm start`.");
  });

  it("keep 10 connections unless FRISTVAKT_DB_POOL says otherwise, and refuse a pool that cannot work", () => {
    expect(dbPoolSizeFromEnv({})).toBe(10);
    expect(dbPoolSizeFromEnv({ FRISTVAKT_DB_POOL: "25" })).toBe(25);
    expect(() => dbPoolSizeFromEnv({ FRISTVAKT_DB_POOL: "0" })).toThrow(
      'FRISTVAKT_DB_POOL must be a whole number of connections from 1 to 200, not "0".',
    );
    expect(() => dbPoolSizeFromEnv({ FRISTVAKT_DB_POOL: "ten" })).toThrow(/FRISTVAKT_DB_POOL must be a whole number/);
  });
});

describe("the data folder", () => {
  it("is FRISTVAKT_DATA_DIR, or .data in the working directory when unset or empty", () => {
    expect(dataDirFromEnv({ FRISTVAKT_DATA_DIR: "/srv/fristvakt" })).toBe("/srv/fristvakt");
    expect(dataDirFromEnv({})).toBe(path.resolve(".data"));
    expect(dataDirFromEnv({ FRISTVAKT_DATA_DIR: "" })).toBe(path.resolve(".data"));
  });
});

describe("on/off settings", () => {
  it("are on unless set to off, in any case, and refuse anything else", () => {
    expect(isSwitchedOn({}, "FRISTVAKT_SOURCES")).toBe(true);
    expect(isSwitchedOn({ FRISTVAKT_SOURCES: " On " }, "FRISTVAKT_SOURCES")).toBe(true);
    expect(isSwitchedOn({ FRISTVAKT_SOURCES: "OFF" }, "FRISTVAKT_SOURCES")).toBe(false);
    for (const bad of ["of", "false", "0", "no"]) {
      expect(() => isSwitchedOn({ FRISTVAKT_SCHEDULER: bad }, "FRISTVAKT_SCHEDULER"), bad).toThrow(
        `FRISTVAKT_SCHEDULER must be "on" or "off", not "${bad}".`,
      );
    }
  });
});

describe("serving workers", () => {
  it("are one per core, at most four, unless FRISTVAKT_WORKERS says otherwise", () => {
    expect(serverWorkersFromEnv({}, 1)).toBe(1);
    expect(serverWorkersFromEnv({}, 2)).toBe(2);
    expect(serverWorkersFromEnv({}, 64)).toBe(4);
    expect(serverWorkersFromEnv({ FRISTVAKT_WORKERS: "" }, 2)).toBe(2);
    expect(serverWorkersFromEnv({ FRISTVAKT_WORKERS: "1" }, 8)).toBe(1);
    expect(serverWorkersFromEnv({ FRISTVAKT_WORKERS: "12" }, 2)).toBe(12);
  });

  it("refuse a count that cannot serve, with a sentence naming the setting", () => {
    for (const bad of ["0", "65", "two", "1.5", "-2"]) {
      expect(() => serverWorkersFromEnv({ FRISTVAKT_WORKERS: bad }, 2), bad).toThrow(
        `FRISTVAKT_WORKERS must be a whole number of processes from 1 to 64, not "${bad}".`,
      );
    }
  });
});
