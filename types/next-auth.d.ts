import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    id: string;
    sessionVersion: number;
    deviceId: string | null;
  }
  interface Session {
    user: { id: string; name: string; sv: number; did: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    sv: number;
    did: string | null;
  }
}
