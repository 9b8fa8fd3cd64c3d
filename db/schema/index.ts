// Tables for subscribers, articles and sessions join this schema as their features land.
export * from "./localization.ts";
export * from "./meta.ts";
export * from "./policy.ts";
export * from "./prices.ts";
export * from "./sources.ts";
