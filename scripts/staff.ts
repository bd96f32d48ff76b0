// npm run staff -- add|list|role|disable|enable|token|invite|password …
// Works on the SQLite database at DATABASE_PATH (the one `npm start` uses), as the operator: it reaches
// every place. Every change is one atomic write with its audit row (actor "cli:<os user>"); a command
// with a bad argument says which one and changes nothing.
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { allStaff, rolesAtOrBelow, rolesOfMany, staffByIds } from "../src/db/queries/staff.js";
import { addStaff, createInvite, grantRole, removeRole, setDisabled, setPassword } from "../src/domain/staff/accounts.js";
import { operator, rolesWithPlaces, type RoleAt } from "../src/domain/staff/actor.js";
import type { DomainDeps } from "../src/domain/deps.js";
import { StaffRuleError } from "../src/domain/staff/errors.js";
import { inviteLink } from "../src/domain/staff/links.js";
import { placeByAnyCode } from "../src/domain/staff/places.js";
import { isStaffRole, parseRoleAt, placeKindOfRole } from "../src/domain/staff/roles.js";
import { staffRoles } from "../src/vocabulary.js";
import { createApiToken } from "../src/domain/staff/tokens.js";
import { runAsScript } from "./command-line.js";

export const usage = `usage:
  npm run staff -- add --username U --name N --role R --place CODE [--name-en N] [--phone P] [--lang zh|en] [--password-stdin]
  npm run staff -- list [--place CODE]
  npm run staff -- role --username U --add R@CODE | --remove R@CODE
  npm run staff -- disable --username U          (enable --username U undoes it)
  npm run staff -- token --username U [--name LABEL]
  npm run staff -- invite --username U
  npm run staff -- password --username U --password-stdin
roles: grid_worker@<grid>, proxy_agent@<community>, community_staff@<community>, street_admin@<street>,
       district_admin@<district>, admin (everywhere, no place)
--password-stdin reads the password from the first line of stdin: printf '%s\\n' "$PW" | npm run staff -- …`;

export interface StaffCliIo {
  deps: DomainDeps;
  /** The first line of stdin (for --password-stdin). */
  readStdin(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
  botUsername?: string;
  /** Who runs the command, for the audit log. */
  operatorName: string;
}

/** The command line's own words for the domain's field names. */
const flags: Record<string, string> = {
  username: "--username",
  nameZh: "--name",
  nameEn: "--name-en",
  phone: "--phone",
  language: "--lang",
  password: "--password-stdin",
  role: "--role",
  place: "--place",
  label: "--name",
};

class UsageError extends Error {}

const options = {
  add: { username: "string", name: "string", "name-en": "string", role: "string", place: "string", phone: "string", lang: "string", "password-stdin": "boolean" },
  list: { place: "string" },
  role: { username: "string", add: "string", remove: "string" },
  disable: { username: "string" },
  enable: { username: "string" },
  token: { username: "string", name: "string" },
  invite: { username: "string" },
  password: { username: "string", "password-stdin": "boolean" },
} as const;
type Command = keyof typeof options;

function parse(command: Command, args: string[]) {
  const spec = Object.fromEntries(Object.entries(options[command]).map(([name, type]) => [name, { type }])) as Record<string, { type: "string" | "boolean" }>;
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UsageError(`staff ${command}: ${(error as Error).message.split("\n")[0]}`);
  }
}

function required(command: string, values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`staff ${command}: --${name} is required`);
  return value;
}

function roleText(r: RoleAt): string {
  return r.place ? `${r.role.role}@${r.place.code}` : r.role.role;
}

function inviteLine(io: StaffCliIo, token: string): string {
  return io.botUsername
    ? `invitation (valid 72 h, one use): ${inviteLink(io.botUsername, token)}`
    : `invitation (valid 72 h, one use): send "/start s-${token}" to the bot (set TELEGRAM_BOT_USERNAME to get a link)`;
}

async function password(io: StaffCliIo, command: string): Promise<string> {
  const line = (await io.readStdin()).split(/\r?\n/)[0] ?? "";
  if (line === "") throw new UsageError(`staff ${command}: --password-stdin: stdin is empty`);
  return line;
}

/** Runs one command; returns the exit code (0 done, 1 refused, 2 usage). */
export async function runStaffCommand(argv: string[], io: StaffCliIo): Promise<number> {
  const [command, ...args] = argv;
  const actor = operator(`cli:${io.operatorName}`);
  const deps = io.deps;
  try {
    if (!command || !Object.hasOwn(options, command)) throw new UsageError(command ? `staff: unknown command "${command}"` : "staff: which command?");
    const cmd = command as Command;
    const v = parse(cmd, args);
    switch (cmd) {
      case "add": {
        const username = required(cmd, v, "username");
        const name = required(cmd, v, "name");
        const role = required(cmd, v, "role");
        if (!isStaffRole(role)) throw new UsageError(`staff add: --role: "${role}" is not a role; roles are ${staffRoles.join(", ")}`);
        const kind = placeKindOfRole[role];
        if (kind === "everywhere" && v.place !== undefined) throw new UsageError("staff add: --place: admin is held everywhere; leave --place out");
        if (kind !== "everywhere" && typeof v.place !== "string") throw new UsageError(`staff add: --place is required: the code of the ${kind} where ${role} works`);
        const code = kind === "everywhere" ? null : (v.place as string);
        const added = await addStaff(deps, actor, {
          username,
          nameZh: name,
          nameEn: v["name-en"] as string | undefined,
          phone: v.phone as string | undefined,
          language: (v.lang as "zh" | "en" | undefined) ?? "zh",
          password: v["password-stdin"] ? await password(io, cmd) : undefined,
          role,
          place: code ?? undefined,
        });
        io.out(`added ${added.member.username} (${added.member.nameZh}): ${code ? `${role}@${code}` : role}`);
        io.out(inviteLine(io, added.inviteToken));
        return 0;
      }
      case "list": {
        let members;
        let roles;
        if (typeof v.place === "string") {
          const place = await placeByAnyCode(deps, v.place, "--place");
          roles = await rolesAtOrBelow(deps.directory.orm, [{ kind: place.kind, id: place.id }]);
          members = await staffByIds(deps.directory.orm, roles.map((r) => r.staffId));
          roles = await rolesOfMany(deps.directory.orm, members.map((m) => m.id));
        } else {
          members = await allStaff(deps.directory.orm);
          roles = await rolesOfMany(deps.directory.orm, members.map((m) => m.id));
        }
        const withPlaces = await rolesWithPlaces(deps, roles);
        for (const m of members) {
          const held = withPlaces.filter((r) => r.role.staffId === m.id).map(roleText).join(" ") || "(no roles)";
          const marks = [m.disabledAt !== null ? "DISABLED" : "", m.telegramUserId ? "telegram" : "", m.passwordHash ? "password" : ""].filter(Boolean).join(",");
          io.out([m.username, m.nameEn && m.nameEn !== m.nameZh ? `${m.nameZh} / ${m.nameEn}` : m.nameZh, m.phone ?? "-", held, marks].join("\t"));
        }
        if (members.length === 0) io.err("no staff");
        return 0;
      }
      case "role": {
        const username = required(cmd, v, "username");
        if ((v.add === undefined) === (v.remove === undefined)) throw new UsageError("staff role: give exactly one of --add R@CODE or --remove R@CODE");
        const { role, code } = parseRoleAt((v.add ?? v.remove) as string, v.add ? "--add" : "--remove");
        const record = v.add ? await grantRole(deps, actor, username, role, code) : await removeRole(deps, actor, username, role, code);
        io.out(`${record.member.username}: ${record.roles.map(roleText).join(" ") || "(no roles)"}`);
        return 0;
      }
      case "disable":
      case "enable": {
        const record = await setDisabled(deps, actor, required(cmd, v, "username"), cmd === "disable");
        io.out(`${record.member.username}: ${record.member.disabledAt !== null ? "disabled (sessions ended, tokens stopped)" : "enabled"}`);
        return 0;
      }
      case "token": {
        const username = required(cmd, v, "username");
        const token = await createApiToken(deps, actor, username, (v.name as string | undefined) ?? "api");
        io.err(`a new API token for ${username} (shown once; stored only as a hash):`);
        io.out(token);
        return 0;
      }
      case "invite": {
        const token = await createInvite(deps, actor, required(cmd, v, "username"));
        io.out(inviteLine(io, token));
        return 0;
      }
      case "password": {
        const username = required(cmd, v, "username");
        if (!v["password-stdin"]) throw new UsageError("staff password: --password-stdin is required (the password is read from stdin)");
        await setPassword(deps, actor, username, await password(io, cmd));
        io.out(`${username}: password set; their console sessions ended`);
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(usage);
      return 2;
    }
    if (error instanceof StaffRuleError) {
      const field = error.field ? (Object.hasOwn(flags, error.field) ? flags[error.field] : error.field) : undefined;
      io.err(`staff ${command}: ${error.code === "not-found" ? "no such staff member" : field ? `${field}: ${error.reason}` : error.reason}`);
      return 1;
    }
    throw error;
  }
}

runAsScript(import.meta.url, "staff", (args, { deps, config }) =>
  runStaffCommand(args, {
    deps,
    readStdin: async () => readFileSync(0, "utf8"),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    botUsername: config.botUsername,
    operatorName: userInfo().username,
  }));
