// Tables for articles join this schema as their features land.

export * from "./digests.ts";
export * from "./localization.ts";
export * from "./meta.ts";
export * from "./policy.ts";
export * from "./prices.ts";
export * from "./scenarios.ts";
export * from "./sources.ts";
export * from "./storage.ts";
export * from "./updates.ts";
export * from "./users.ts";
