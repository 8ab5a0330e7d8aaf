export * from "./accounts";
export * from "./audit";
export * from "./rate-limits";
export * from "./lever";
export * from "./assessments";
export * from "./rules";
