// Scenarios per user: every card shown is a draft row its buttons point to; saving names it.
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import {
  deleteScenario,
  findScenario,
  findScenarioByName,
  insertDraft,
  listNamedScenarios,
  nameScenario,
  pruneDrafts,
  replaceNamedScenario,
} from "../../db/queries/scenarios.ts";
import { DomainError } from "../errors.ts";
import { canonicalScenario, readScenario, type Scenario } from "./scenario.ts";

/** Unsaved cards kept per user; older cards' buttons say the calculation has expired. */
export const DRAFTS_KEPT = 30;
export const NAME_MAX = 40;

export interface StoredScenario {
  id: number;
  name: string | null;
  scenario: Scenario;
}

/** Trims and checks a scenario name: 1 to 40 characters, no line breaks or control characters. */
export function cleanScenarioName(input: string): string {
  const name = input.trim().replace(/\s+/g, " ");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (name.length === 0 || name.length > NAME_MAX || /[\u0000-\u001f\u007f]/.test(input.trim())) {
    throw new DomainError("scenario_name_invalid", { input: name.slice(0, NAME_MAX + 5), max: NAME_MAX });
  }
  return name;
}

const nameKey = (name: string) => name.toLocaleLowerCase("ru-RU");

export async function createDraft(db: Db, userId: number, scenario: Scenario): Promise<StoredScenario> {
  // Only inputs that read back are stored, so a saved scenario can always be reopened.
  if (!readScenario(scenario)) throw new Error("invalid what-if scenario");
  const id = await insertDraft(db, userId, canonicalScenario(scenario));
  return { id, name: null, scenario: canonicalScenario(scenario) };
}

/** Drops drafts beyond each user's newest DRAFTS_KEPT; the bot runs it every hour. */
export function sweepDrafts(db: Db): Promise<number> {
  return pruneDrafts(db, DRAFTS_KEPT);
}

export async function getScenario(db: Db, userId: number, id: number): Promise<StoredScenario> {
  const row = await findScenario(db, userId, id);
  const scenario = row ? readScenario(row.inputs) : null;
  if (!row || !scenario) throw new DomainError("scenario_not_found", { id });
  return { id: row.id, name: row.name, scenario };
}

export async function listScenarios(db: Db, userId: number): Promise<StoredScenario[]> {
  const rows = await listNamedScenarios(db, userId);
  return rows.flatMap((r) => {
    const scenario = readScenario(r.inputs);
    return scenario ? [{ id: r.id, name: r.name, scenario }] : [];
  });
}

/**
 * Names (saves or renames) a scenario. A name another scenario of the user holds is refused
 * unless `replace`, which deletes that other scenario in the same transaction.
 */
export async function saveScenario(
  db: Db,
  userId: number,
  id: number,
  input: string,
  options: { replace?: boolean } = {},
): Promise<StoredScenario> {
  const name = cleanScenarioName(input);
  const key = nameKey(name);
  const holder = await findScenarioByName(db, userId, key);
  if (holder && holder.id !== id && !options.replace) throw new DomainError("scenario_name_taken", { name });
  let row: Awaited<ReturnType<typeof nameScenario>>;
  try {
    row =
      holder && holder.id !== id
        ? await replaceNamedScenario(db, userId, id, name, key)
        : await nameScenario(db, userId, id, name, key);
  } catch (err) {
    // Another save took the name between our check and this write.
    if (isUniqueViolation(err)) throw new DomainError("scenario_name_taken", { name });
    throw err;
  }
  const scenario = row ? readScenario(row.inputs) : null;
  if (!row || !scenario) throw new DomainError("scenario_not_found", { id });
  return { id: row.id, name: row.name, scenario };
}

export async function removeScenario(db: Db, userId: number, id: number): Promise<void> {
  if (!(await deleteScenario(db, userId, id))) throw new DomainError("scenario_not_found", { id });
}
