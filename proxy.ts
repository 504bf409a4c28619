import { withAuth } from "next-auth/middleware";

/**
 * An optimistic redirect for visitors with no session, nothing more: every page, action and
 * route handler checks the session and permission again against the database.
 */
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|offline|api|_next|sw.js|manifest.webmanifest|icons|screenshots|favicon.ico|robots.txt).*)"],
};
