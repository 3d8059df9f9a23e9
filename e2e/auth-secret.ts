// The e2e server's AUTH_SECRET, fixed so that a test can sign an unsubscribe link the way the
// server's e-mails do. Test-only: a real deployment sets its own or lets `npm start` make one.
export const E2E_AUTH_SECRET = "e2e-only-auth-secret-not-for-production-0123456789";
