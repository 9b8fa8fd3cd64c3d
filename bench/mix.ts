// The updates the benchmark sends: what executives type, commands and plain questions in both
// languages (no charts: those are photos), from 1,000 different users.
import type { Update } from "grammy/types";
import { textUpdate } from "../bot/local-updates.ts";

const MIX: [string, "en" | "ru"][] = [
  ["/price used", "en"],
  ["/price new 2023", "en"],
  ["/price moskvich 3", "ru"],
  ["/localization 2027 procurement", "en"],
  ["/localization ниокр 2,5%", "ru"],
  ["/policy estonia", "en"],
  ["/policy localization", "ru"],
  ["/whatif year=2023 ops=welding,painting rd=2.5 licence=0.5", "en"],
  ["сколько сейчас стоит подержанная машина?", "ru"],
  ["Moskvich 3 price", "en"],
  ["what changed for localization in 2023", "en"],
  ["баллы за НИОКР 2%", "ru"],
  ["порог для госзакупок 2027", "ru"],
  ["how did used car prices change", "en"],
  ["что сделала эстония", "ru"],
  ["/help", "en"],
];

/** `n` updates of the mix with ids from `firstId`. */
export function mixedUpdates(n: number, firstId = 1): Update[] {
  return Array.from({ length: n }, (_, i) => {
    const [text, lang] = MIX[i % MIX.length] as [string, "en" | "ru"];
    const update = textUpdate({ id: 1 + (i % 1000), languageCode: lang }, text);
    return { ...update, update_id: firstId + i };
  });
}

export const quietLogger = { info() {}, warn() {}, error() {} };
