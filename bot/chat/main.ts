// npm run chat — talk to the bot in a terminal, no Telegram needed. The bot runs in-process and
// its Bot API calls are answered locally. A line is a message; `#N` presses button N of the
// latest message that has buttons. With piped input it answers every line in order and exits.
// Photos (charts) are saved under DATA_DIR/chat-photos (the system's temporary directory with
// DATABASE_URL), one file per message, and printed as their path and caption. What the outbox
// holds for the user (alerts, digests) is delivered while it runs: at start, after each line and
// every two seconds, so an alert set in one run and fired by `npm run import` shows in the next.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadConfigOrExit } from "../../config.ts";
import { DataDirLockedError } from "../../db/data-dir-lock.ts";
import { openReadyDatabase } from "../../db/setup.ts";
import { createBot } from "../create-bot.ts";
import { createDigestSender } from "../digest/service.ts";
import { type ApiCall, createLocalApi, LOCAL_BOT_INFO, type UploadedFile } from "../local-api.ts";
import { callbackUpdate, textUpdate } from "../local-updates.ts";
import { createLogger } from "../logger.ts";
import { buttonsOf, htmlToPlain } from "./render-plain.ts";

const { values } = parseArgs({
  options: { user: { type: "string", default: "1" }, lang: { type: "string", default: "en" } },
});
const userId = Number(values.user);
if (!Number.isInteger(userId) || userId <= 0) {
  console.error("--user must be a positive whole number, e.g. --user 42");
  process.exit(2);
}
if (values.lang !== "en" && values.lang !== "ru") {
  console.error("--lang must be en or ru");
  process.exit(2);
}
const user = { id: userId, languageCode: values.lang };

const config = loadConfigOrExit(process.env, { needsToken: false });
// Logs stay quiet unless asked for, so they do not mix with the conversation.
const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");

let ready: Awaited<ReturnType<typeof openReadyDatabase>>;
try {
  ready = await openReadyDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
} catch (err) {
  console.error(
    err instanceof DataDirLockedError ? err.message : `Cannot open the database: ${(err as Error).message}`,
  );
  process.exit(1);
}
const { database } = ready;

let latestButtons: { text: string; data: string }[] = [];
let latestMessage: { message_id: number; text?: string } | null = null;

// Photos the bot sends are saved here, one file per message, and their path printed.
const photoDir = path.join(config.DATABASE_URL ? os.tmpdir() : config.DATA_DIR, "chat-photos");
const runId = `${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}-${process.pid}`;

function savePhoto(photo: unknown, messageId: number | undefined): string | null {
  const file = photo as Partial<UploadedFile> | undefined;
  if (!file?.bytes) return null;
  try {
    mkdirSync(photoDir, { recursive: true });
    const ext = path.extname(file.filename ?? "") || ".png";
    const where = path.resolve(photoDir, `${runId}-${messageId ?? Date.now()}${ext}`);
    writeFileSync(where, file.bytes);
    return where;
  } catch (err) {
    console.error(`(could not save the photo: ${(err as Error).message})`);
    return null;
  }
}

function print(call: ApiCall, result: { message_id?: number } | undefined) {
  const p = call.payload;
  switch (call.method) {
    case "sendMessage":
    case "editMessageText": {
      const text = htmlToPlain(String(p.text ?? ""));
      console.log(call.method === "editMessageText" ? `(edited)\n${text}` : text);
      const buttons = buttonsOf(p.reply_markup);
      for (const [i, b] of buttons.entries()) console.log(`[${i + 1}] ${b.text}`);
      console.log("");
      if (buttons.length > 0) {
        latestButtons = buttons;
        latestMessage = {
          message_id: Number(result?.message_id ?? p.message_id ?? 0),
          text: String(p.text ?? ""),
        };
      }
      break;
    }
    case "editMessageReplyMarkup": {
      // Toggles of a multi-select keyboard: show the marks and keep the message's buttons current.
      const buttons = buttonsOf(p.reply_markup);
      console.log("(buttons updated)");
      for (const [i, b] of buttons.entries()) console.log(`[${i + 1}] ${b.text}`);
      console.log("");
      latestButtons = buttons;
      break;
    }
    case "sendPhoto": {
      const saved = savePhoto(p.photo, result?.message_id);
      console.log(`[photo${saved ? `: ${saved}` : ""}]`);
      console.log(`${p.caption ? htmlToPlain(String(p.caption)) : ""}\n`);
      break;
    }
    case "sendDocument":
      console.log(`[document${p.caption ? `: ${htmlToPlain(String(p.caption))}` : ""}]\n`);
      break;
    case "answerCallbackQuery":
      if (p.text) console.log(`(${String(p.text)})\n`);
      break;
  }
}

const api = createLocalApi();
const printingFetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const response = await api.fetch(input, init);
  const call = api.calls.at(-1);
  const body = (await response.clone().json()) as { result?: { message_id?: number } };
  if (call) print(call, typeof body.result === "object" ? body.result : undefined);
  return response;
}) as typeof fetch;

// The user's private chat has the user's id, as in Telegram.
const outbox = createDigestSender({
  db: database.db,
  token: "0:local-chat",
  fetch: printingFetch,
  logger,
  perSecond: 25,
  paidBroadcast: false,
  maxAttempts: 3,
  leaseSeconds: 60,
  onlyChat: user.id,
});
let delivering: Promise<unknown> = Promise.resolve();
const deliver = () => {
  delivering = delivering
    .then(() => outbox.drain())
    .catch((err) => console.error(`(outbox: ${(err as Error).message})`));
  return delivering;
};

const bot = createBot("0:local-chat", {
  deps: {
    db: database.db,
    now: () => new Date(),
    adminIds: config.ADMIN_IDS,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
  },
  logger,
  botInfo: LOCAL_BOT_INFO,
  fetch: printingFetch,
});

async function handle(line: string) {
  const text = line.trim();
  if (!text) return;
  const press = /^#(\d+)$/.exec(text);
  if (press) {
    const button = latestButtons[Number(press[1]) - 1];
    if (!button || !latestMessage) {
      console.log(`(no button ${press[1]}; the latest message has ${latestButtons.length})\n`);
      return;
    }
    await bot.handleUpdate(callbackUpdate(user, button.data, latestMessage));
    return;
  }
  await bot.handleUpdate(textUpdate(user, text));
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

await deliver();
const interactive = process.stdin.isTTY === true;
const ticker = setInterval(() => void deliver(), 2_000);
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
if (interactive) {
  console.log("Type a message or a command (/help); #N presses button N; Ctrl+D quits.\n");
  rl.setPrompt("> ");
  rl.prompt();
}
for await (const line of rl) {
  try {
    await handle(line);
  } catch (err) {
    // bot.catch already answered the user; this is only a transport failure.
    console.error(`(error: ${(err as Error).message})`);
  }
  await deliver();
  if (interactive) rl.prompt();
}
clearInterval(ticker);
await delivering;
await outbox.stop();
await database.close();
process.exit(0);
