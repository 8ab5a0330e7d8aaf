import { describe, expect, it } from "vitest";

import { environmentLabel, leverSettings } from "./config";

const client = { LEVER_CLIENT_ID: "id", LEVER_CLIENT_SECRET: "secret" };

describe("leverSettings", () => {
  it("is null without a client id or secret", () => {
    expect(leverSettings({ LEVER_ENV: "production" })).toBeNull();
    expect(
      leverSettings({ LEVER_ENV: "production", LEVER_CLIENT_ID: "id" }),
    ).toBeNull();
  });

  it("uses Lever's documented production hosts", () => {
    expect(leverSettings({ LEVER_ENV: "production", ...client })).toEqual({
      clientId: "id",
      clientSecret: "secret",
      authorizeUrl: "https://auth.lever.co/authorize",
      tokenUrl: "https://auth.lever.co/oauth/token",
      apiBaseUrl: "https://api.lever.co/v1",
      audience: "https://api.lever.co/v1/",
      environment: "production",
    });
  });

  it("uses the sandbox hosts for LEVER_ENV=sandbox", () => {
    const settings = leverSettings({ LEVER_ENV: "sandbox", ...client });

    expect(settings).toMatchObject({
      authorizeUrl: "https://sandbox-lever.auth0.com/authorize",
      tokenUrl: "https://sandbox-lever.auth0.com/oauth/token",
      apiBaseUrl: "https://api.sandbox.lever.co/v1",
      audience: "https://api.sandbox.lever.co/v1/",
      environment: "sandbox",
    });
  });

  it("lets explicit URLs override the hosts and marks them custom", () => {
    const settings = leverSettings({
      LEVER_ENV: "production",
      ...client,
      LEVER_AUTH_URL: "http://localhost:4010/oauth/authorize",
      LEVER_TOKEN_URL: "http://localhost:4010/oauth/token",
      LEVER_API_URL: "http://localhost:4010/v1/",
      LEVER_AUDIENCE: "http://localhost:4010/v1/",
    });

    expect(settings).toMatchObject({
      authorizeUrl: "http://localhost:4010/oauth/authorize",
      tokenUrl: "http://localhost:4010/oauth/token",
      apiBaseUrl: "http://localhost:4010/v1",
      audience: "http://localhost:4010/v1/",
      environment: "custom",
    });
  });

  it("derives the audience from an explicit API URL", () => {
    const settings = leverSettings({
      LEVER_ENV: "production",
      ...client,
      LEVER_API_URL: "https://lever.example.test/v1",
    });

    expect(settings?.audience).toBe("https://lever.example.test/v1/");
    expect(settings?.tokenUrl).toBe("https://auth.lever.co/oauth/token");
  });
});

describe("environmentLabel", () => {
  it("names production and sandbox", () => {
    const base = { apiBaseUrl: "https://api.lever.co/v1" };
    expect(environmentLabel({ ...base, environment: "production" })).toBe(
      "Lever production",
    );
    expect(environmentLabel({ ...base, environment: "sandbox" })).toBe(
      "Lever sandbox",
    );
  });

  it("recognises the local simulator", () => {
    for (const host of ["localhost", "127.0.0.1"]) {
      const label = environmentLabel({
        environment: "custom",
        apiBaseUrl: `http://${host}:4010/v1`,
      });
      expect(label).toBe(`Local Lever simulator (http://${host}:4010)`);
    }
  });

  it("names any other custom endpoint by its host", () => {
    const label = environmentLabel({
      environment: "custom",
      apiBaseUrl: "https://lever-proxy.example.test:8443/v1",
    });
    expect(label).toBe("Custom Lever endpoint (lever-proxy.example.test:8443)");
  });
});
