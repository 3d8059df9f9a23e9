import { NextResponse, type NextRequest } from "next/server";

/**
 * A path with broken percent-encoding ("/items/%ZZ") cannot be decoded into route parameters;
 * Next.js would answer it with a bare 500. Refuse it plainly instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Ugyldig adresse / Invalid address\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never carry user input.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
