/** Boundaries of the code, checked on every test run: see README's "Layout". */
const fs = require("node:fs");
const path = require("node:path");

/**
 * lib's folders from the bottom up: a folder imports only the files at lib's top level and the
 * folders before it in this list (its tests may import anything, lib/dev/testing above all). A
 * new folder has to be placed here, which is the moment to decide what it may depend on.
 */
const LAYERS = [
  "model", // plain shapes, calendar dates, slugs, ids: every folder's words
  "settings", // the environment, read and checked
  "csp",
  "db", // the Prisma client, the embedded PostgreSQL, migrations
  "deadlines", // status and window rules, "now"
  "i18n", // messages and Norwegian formats
  "auth", // sessions, the viewer, access rules, throttles
  "page-cache",
  "audit",
  "mail",
  "items",
  "organisations",
  "actors", // actors and topics
  "import", // the extractor (pure) and the import's save
  "responses",
  "feeds",
  "accounts", // sign-up by invitation, password reset, one's own account
  "api",
  "sources",
  "seed", // the starter items and sources
  "reminders",
  "cli",
  "dev", // benchmarks, fault scripts, test helpers: never imported by the app
];

const unplaced = fs
  .readdirSync(path.join(__dirname, "lib"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !LAYERS.includes(entry.name))
  .map((entry) => entry.name);
if (unplaced.length > 0) throw new Error(`Place lib/${unplaced.join(", lib/")} in LAYERS in .dependency-cruiser.cjs`);

/** One rule per folder: nothing from the folders above it. */
const layerRules = LAYERS.slice(0, -1).map((folder, index) => ({
  name: `layer-${folder}`,
  comment: `lib/${folder} sits below ${LAYERS.slice(index + 1).join(", ")} (LAYERS in .dependency-cruiser.cjs).`,
  severity: "error",
  from: { path: `^lib/${folder}/`, pathNot: "\\.test\\.ts$" },
  to: { path: `^lib/(${LAYERS.slice(index + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "the-app-never-runs-dev-code",
      comment: "lib/dev serves benchmarks and tests; the running app never loads it.",
      severity: "error",
      from: { path: "^(app/|proxy\\.ts$)", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^lib/dev/" },
    },
    {
      name: "top-level-files-below-every-folder",
      comment: "The files at lib's top level are helpers every folder may use: they import no folder.",
      severity: "error",
      from: { path: "^lib/[^/]+\\.ts$", pathNot: "\\.test\\.ts$" },
      to: { path: "^lib/[^/]+/" },
    },
    {
      name: "lib-never-imports-app",
      comment: "lib/ decides, app/ adapts requests to it: lib never reaches back into app.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^app/" },
    },
    {
      name: "no-cycles",
      comment: "Domain folders depend in one direction; a cycle makes them one big module.",
      severity: "error",
      from: { path: "^(lib|app)/" },
      // Type-only imports vanish at compile time and make no cycle at run time.
      to: { circular: true, dependencyTypesNot: ["type-only"], viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "pure-rules-stay-pure",
      comment: "The extractor, the deadline rules and the item's fields run in tests, workers and client forms: no database, no session.",
      severity: "error",
      from: {
        path: ["^lib/(deadlines|import/extract|sources/read)/", "^lib/items/(fields|form-fields|form-values|schemas|derived-dates)\\.ts$"],
      },
      to: { path: "^(lib/db/|lib/auth/|node_modules/(@prisma|next-auth|pg)/)" },
    },
    {
      name: "extractor-through-its-index",
      comment: "The extractor's inner files are its own: the rest of the code imports lib/import/extract/index.ts only.",
      severity: "error",
      from: { pathNot: "^lib/import/extract/" },
      to: { path: "^lib/import/extract/", pathNot: "^lib/import/extract/index\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(\\.next|lib/db/generated)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
