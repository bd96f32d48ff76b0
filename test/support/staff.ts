// Staff for tests, made through the domain as an operator would (npm run staff -- add).
import type { DomainDeps } from "../../src/domain/deps.js";
import { addStaff, grantRole } from "../../src/domain/staff/accounts.js";
import { operator } from "../../src/domain/staff/actor.js";
import { createApiToken } from "../../src/domain/staff/tokens.js";
import type { StaffRole } from "../../src/vocabulary.js";

export const PASSWORD = "correct horse battery staple";
export const cli = operator("cli:test");

export async function makeStaff(
  deps: DomainDeps,
  username: string,
  role: StaffRole,
  place: string | null,
  options: { password?: boolean; phone?: string; more?: [StaffRole, string | null][] } = {},
) {
  const added = await addStaff(deps, cli, {
    username,
    nameZh: `测试${username}`,
    nameEn: `Test ${username}`,
    phone: options.phone,
    password: options.password === false ? undefined : PASSWORD,
    role,
    place: place ?? undefined,
  });
  for (const [r, p] of options.more ?? []) await grantRole(deps, cli, username, r, p);
  return added;
}

export function tokenFor(deps: DomainDeps, username: string) {
  return createApiToken(deps, cli, username, "test");
}
