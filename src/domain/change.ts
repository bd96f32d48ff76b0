// What a rule decided to write, for its caller to commit (see Change in src/db/database.ts). Flows and
// other callers take it from here, so that they need not reach into src/db.
export { erasing, together, waking, type Change } from "../db/database.js";
