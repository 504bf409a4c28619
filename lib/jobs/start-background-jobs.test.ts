import { describe, expect, it } from "vitest";
import { jobsConfig } from "./config";
import { startBackgroundJobs } from "./start-background-jobs";

describe("background jobs", () => {
  it("do not start under Vitest", () => {
    expect(startBackgroundJobs(() => Promise.reject(new Error("unused")))).toBeNull();
  });

  it("read their settings from the environment", () => {
    expect(jobsConfig({ DATA_DIR: "/srv/fw", SMTP_URL: "smtp://mail:587", JOBS: "off" })).toEqual({
      dataDir: "/srv/fw",
      smtpUrl: "smtp://mail:587",
      from: undefined,
      enabled: false,
    });
    expect(jobsConfig({ SMTP_URL: "" })).toMatchObject({ smtpUrl: undefined, enabled: true });
  });
});
