/** Boundaries of the code, checked on every test run: see README's "Layout". */
module.exports = {
  forbidden: [
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
