// What `npm start` runs: builds dist/ when it is missing or out of date (`isStale` in scripts/build.mjs),
// in a child process so that the server's own process stays as small as a plain `node dist/node.js`; then
// runs dist/node.js in this process, so signals (SIGTERM, SIGINT) reach the server itself. Plain
// JavaScript: starting needs neither tsx nor TypeScript. `npm run dev` runs the TypeScript in src/ instead.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isStale } from "./build.mjs";

if (isStale()) {
  try {
    execFileSync(process.execPath, [fileURLToPath(new URL("build.mjs", import.meta.url))], { stdio: "inherit" });
  } catch {
    console.error("linli cannot start: building dist/ from src/ failed (see above).");
    process.exit(1);
  }
}
await import("../dist/node.js");
