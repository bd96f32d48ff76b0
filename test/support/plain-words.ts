// What a Chinese reply must not contain: a command to type (「发送 /forget」) or an English word left
// untranslated. Names stay as they are (Telegram; "English" as the name of the language), and so do
// web addresses and single letters that Chinese uses itself (B超, A区).
import { createRegistry } from "../../src/flows/registry.js";
import { residentModules } from "../../src/flows/modules.js";

const names = new Set(["telegram", "english"]);
const commands = new Set([...createRegistry(residentModules).listedCommands(), "start", "forget", "mydata", "settings", "help", "menu", "cancel", "guide"]);

export function unplainChinese(text: string): string[] {
  const problems: string[] = [];
  const withoutLinks = text.replace(/https?:\/\/\S+/g, " ");
  for (const [, name] of withoutLinks.matchAll(/\/([A-Za-z_]+)/g)) if (commands.has(name!.toLowerCase())) problems.push(`a command: /${name}`);
  for (const [word] of withoutLinks.replace(/\/[A-Za-z_]+/g, " ").matchAll(/[A-Za-z]{2,}/g)) if (!names.has(word.toLowerCase())) problems.push(`an English word: ${word}`);
  return problems;
}
