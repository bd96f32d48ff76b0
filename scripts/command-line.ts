// What every `npm run <command>` script does around its command, when run as a script (its tests call the
// command itself): read the configuration (a bad value names the variable, exit 1), open the SQLite
// database, run the command with the process's arguments, close, and exit with the command's code.
import { ConfigError, loadConfig, type Config } from "../src/config.js";
import { openSqlite } from "../src/db/sqlite.js";
import type { DomainDeps } from "../src/domain/deps.js";

export type Command = (args: string[], setup: { deps: DomainDeps; config: Config }) => Promise<number>;

/** Runs `command` if the script at `scriptUrl` (its `import.meta.url`) is the one node was started with. */
export function runAsScript(scriptUrl: string, name: string, command: Command): void {
  if (scriptUrl !== `file://${process.argv[1]}` && !process.argv[1]?.endsWith(`scripts/${name}.ts`)) return;
  const run = async () => {
    let config: Config;
    try {
      config = loadConfig(process.env);
    } catch (error) {
      if (error instanceof ConfigError) {
        console.error(`${name}: ${error.message}`);
        process.exit(1);
      }
      throw error;
    }
    const db = openSqlite(config.database.path);
    const code = await command(process.argv.slice(2), { deps: { db, directory: db, now: () => Date.now(), defaultTimeZone: config.timeZone }, config });
    db.close();
    process.exit(code);
  };
  run().catch((error) => {
    console.error(`${name} failed:`, error);
    process.exit(1);
  });
}
