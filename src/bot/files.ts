// Telegram files by id, for a web chat resident who is sent one (a photo a staff member posted in a topic).
import type { Api } from "grammy";
import type { TelegramConfig } from "../config.js";

const types: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", ogg: "audio/ogg", oga: "audio/ogg", mp3: "audio/mpeg", pdf: "application/pdf" };

export function telegramFiles(api: Api, telegram: Pick<TelegramConfig, "token" | "apiRoot">) {
  return async (fileId: string): Promise<{ bytes: Uint8Array; contentType: string } | null> => {
    const file = await api.getFile(fileId);
    if (!file.file_path) return null;
    const res = await fetch(`${telegram.apiRoot}/file/bot${telegram.token}/${file.file_path}`);
    if (!res.ok) return null;
    const extension = file.file_path.split(".").pop()?.toLowerCase() ?? "";
    return { bytes: new Uint8Array(await res.arrayBuffer()), contentType: types[extension] ?? "application/octet-stream" };
  };
}
