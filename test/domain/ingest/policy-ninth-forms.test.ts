// Policy forms of the ninth and tenth batches' kinds (every sentence written for this test): a
// digest of neighbouring countries, each with its own decision, date and status — a duty told by who
// will pay it from a day, a zero rate "not extended", a postponement whose new date is told as what
// holds "now", a ban on cars imported after a day, a headline that "weighs" a ban, a headline over
// "Russia's neighbours", a list of tags and a "Related stories" sidebar; and Russia's fee told in
// steps — the next step of a schedule decided, a change told in the future after a draft, and a draft
// of parliament beside a decision made, which takes no start from the decision's rates.
import { describe, expect, it } from "vitest";
import { ingestVocabulary } from "../../../domain/ingest/extract.ts";
import { countryDecisions } from "./decisions.ts";

const _vocab = ingestVocabulary([]);
const decisions = countryDecisions;

describe("a duty told by who will pay it from a day", () => {
  it("reads “will face a duty from …” (English)", () => {
    const found = decisions(
      "date: 2026-05-04\nRegional roundup\nArmenia. From September 1, hybrid cars brought into the country will face a 10% import duty, the cabinet said.",
    );
    expect(found).toContainEqual({ kind: "duty", country: "AM", status: "adopted", effective: "2026-09-01" });
  });

  it("reads “will have to pay the duty from …” (English)", () => {
    const found = decisions(
      "date: 2026-05-04\nRegional roundup\nKyrgyzstan. Starting January 1 next year, private buyers of electric cars will have to pay the full customs duty.",
    );
    expect(found).toContainEqual({ kind: "duty", country: "KG", status: "adopted", effective: "2027-01-01" });
  });

  it("reads “начнут платить пошлину с …”, and a zero rate “не продлена” as no keep (Russian)", () => {
    const found = decisions(
      "date: 2026-05-04\nОбзор недели\nТаджикистан. С 1 октября владельцы гибридов начнут платить ввозную пошлину: прежняя льгота не продлена.",
    );
    expect(found).toContainEqual({ kind: "duty", country: "TJ", status: "adopted", effective: "2026-10-01" });
    expect(found.some((d) => d.kind === "keeps")).toBe(false);
  });

  it("reads “будут облагаться пошлиной с …” (Russian)", () => {
    const found = decisions(
      "date: 2026-05-04\nОбзор недели\nАзербайджан. С 1 февраля следующего года подержанные машины будут облагаться пошлиной в 20%.",
    );
    expect(found).toContainEqual({ kind: "duty", country: "AZ", status: "adopted", effective: "2027-02-01" });
  });

  it("does not read prices that buyers will pay because of a duty as a duty decided", () => {
    const found = decisions(
      "date: 2026-05-04\nЦены на электромобили\nС 1 июня покупатели будут платить за электромобили больше: дилеры закладывают в цену прошлогоднюю пошлину.",
    );
    expect(found.some((d) => d.kind === "duty")).toBe(false);
  });
});

describe("a postponement whose new date is told as what holds now", () => {
  it("reads “was to take effect on …, now starts on …” (English)", () => {
    const found = decisions(
      "date: 2026-06-10\nKazakhstan news\nKazakhstan's government has put off its ban on cars below Euro-4: the ban, which was to take effect on August 1, now starts on March 1, 2027.",
    );
    expect(found).toContainEqual({
      kind: "restricts",
      country: "KZ",
      status: "postponed",
      effective: "2027-03-01",
    });
  });

  it("reads “postponed its ban …; it will now take effect from …” (English)", () => {
    const found = decisions(
      "date: 2026-06-10\nNeighbours\nBelarus postponed its ban on right-hand-drive cars, first set for May 1; it will now take effect from November 1.",
    );
    expect(found).toContainEqual({
      kind: "restricts",
      country: "BY",
      status: "postponed",
      effective: "2026-11-01",
    });
  });

  it("reads “должен был вступить в силу …, а теперь вступит в силу с …” (Russian)", () => {
    const found = decisions(
      "date: 2026-06-10\nНовости соседей\nПравительство Армении отложило запрет на ввоз машин ниже «Евро-5»: он должен был вступить в силу 1 сентября, а теперь вступит в силу с 1 марта 2027 года.",
    );
    expect(found).toContainEqual({
      kind: "restricts",
      country: "AM",
      status: "postponed",
      effective: "2027-03-01",
    });
  });

  it("reads “теперь заработают не раньше …” (Russian)", () => {
    const found = decisions(
      "date: 2026-06-10\nОбзор\nУзбекистан. Кабмин отложил повышение утильсбора: новые ставки теперь заработают не раньше 1 апреля 2027 года.",
    );
    expect(found).toContainEqual({
      kind: "fee",
      country: "UZ",
      status: "postponed",
      effective: "2027-04-01",
    });
  });

  it("keeps a ban that “now” applies from a day an adoption", () => {
    const found = decisions(
      "date: 2026-06-10\nNeighbours\nGeorgia's government has banned cars older than fifteen years; the rule now applies from July 1.",
    );
    expect(found).toContainEqual({
      kind: "restricts",
      country: "GE",
      status: "adopted",
      effective: "2026-07-01",
    });
  });
});

describe("a ban on cars imported after a day", () => {
  it("dates it by that day (English)", () => {
    const found = decisions(
      "date: 2026-06-10\nNeighbours\nKyrgyzstan's cabinet approved a ban on registering left-hand-drive trucks imported after March 1, 2027.",
    );
    expect(found).toContainEqual({
      kind: "restricts",
      country: "KG",
      status: "adopted",
      effective: "2027-03-01",
    });
  });

  it("dates it by that day (Russian)", () => {
    const found = decisions(
      "date: 2026-06-10\nСоседи\nВ Казахстане подготовили проект приказа о запрете регистрации машин, ввезённых после 1 октября.",
    );
    expect(found).toContainEqual({
      kind: "restricts",
      country: "KZ",
      status: "draft",
      effective: "2026-10-01",
    });
  });

  it("does not date a ban by a day that is not when cars came in", () => {
    const found = decisions(
      "date: 2026-06-10\nNeighbours\nKazakhstan's government banned right-hand-drive cars after talks that ended on March 1.",
    );
    expect(found.some((d) => d.effective === "2026-03-01")).toBe(false);
  });
});

describe("a headline that weighs a ban", () => {
  it("reads “weighs” and “mulls” as a plan, one with the body's draft", () => {
    for (const verb of ["weighs", "mulls"]) {
      const found = decisions(
        `date: 2026-06-10\nBelarus ${verb} ban on old imports\nThe Belarusian transport ministry published a draft that would ban imports of cars older than ten years from January 1, 2027.`,
      );
      expect(found).toEqual([{ kind: "restricts", country: "BY", status: "draft", effective: "2027-01-01" }]);
    }
  });
});

describe("a digest over Russia's neighbours", () => {
  it("reads no Russian decision in a headline over “Russia's neighbours” or “соседи России”", () => {
    for (const text of [
      "date: 2026-06-10\nDigest\nBans and delays: what Russia's neighbours changed for car buyers this week.\nUzbekistan. The cabinet has banned imports of cars older than five years from August 1.",
      "date: 2026-06-10\nДайджест\nЗапреты и отсрочки: что поменяли соседи России для покупателей машин.\nУзбекистан. Кабмин запретил ввоз машин старше пяти лет с 1 августа.",
    ]) {
      const found = decisions(text);
      expect(found.some((d) => d.country === "RU")).toBe(false);
      expect(found).toContainEqual({
        kind: "restricts",
        country: "UZ",
        status: "adopted",
        effective: "2026-08-01",
      });
    }
  });

  it("still reads Russia's own ban as Russia's", () => {
    const found = decisions(
      "date: 2026-06-10\nNews\nRussia bans imports of right-hand-drive cars from October 1, the government said.",
    );
    expect(found).toContainEqual({
      kind: "restricts",
      country: "RU",
      status: "adopted",
      effective: "2026-10-01",
    });
  });

  it("reads no decision in a list of tags or a “Related stories” / “Read next” sidebar", () => {
    const found = decisions(
      "date: 2026-06-10\nTajikistan tightens import rules\nTajikistan's government has banned imports of cars older than ten years from September 1.\n\nRelated stories:\n• Georgia extends zero duty on hybrids\n• Armenia bans old trucks\nRead next: Kyrgyzstan extends its duty-free quota\nTags: EAEU, customs, duties, bans\nТеги: ЕАЭС, запреты, пошлины",
    );
    expect(found).toEqual([{ kind: "restricts", country: "TJ", status: "adopted", effective: "2026-09-01" }]);
  });
});

describe("Russia's fee told in steps", () => {
  it("reads the next step of a schedule decided as a decision of its own (English)", () => {
    const found = decisions(
      "date: 2025-11-20\nThe fee rises on December 1\nThe government has signed a decree raising the recycling fee from December 1. The decree also sets the next step: from January 1 a new 1-2 litre car of 200 hp will be charged 950,000 roubles.",
    );
    expect(found).toContainEqual({ kind: "fee", country: "RU", status: "adopted", effective: "2025-12-01" });
    expect(found).toContainEqual({ kind: "fee", country: "RU", status: "adopted", effective: "2026-01-01" });
  });

  it("reads the next step of a schedule decided as a decision of its own (Russian)", () => {
    const found = decisions(
      "date: 2026-01-10\nУтильсбор вырос\nС 1 января действуют новые ставки утильсбора, утверждённые правительством. Очередной этап индексации уже назначен на 1 января 2027 года — тогда сбор для новой машины мощностью 200 л. с. составит 1,1 млн рублей.",
    );
    expect(found).toContainEqual({ kind: "fee", country: "RU", status: "adopted", effective: "2026-01-01" });
    expect(found).toContainEqual({ kind: "fee", country: "RU", status: "adopted", effective: "2027-01-01" });
  });

  it("keeps a draft's next step a draft", () => {
    const found = decisions(
      "date: 2026-08-01\nМинпромторг предложил новые ставки\nМинпромторг опубликовал проект постановления о повышении утильсбора с 1 января 2027 года. Проект также предусматривает следующий шаг: с 1 января 2028 года ставки предлагается поднять ещё на 10%.",
    );
    expect(found.every((d) => d.status === "draft")).toBe(true);
  });

  it("reads a change told in the future after a draft as the draft's content", () => {
    for (const text of [
      "date: 2026-08-01\nНовые ставки утильсбора\nМинпромторг разместил проект постановления об индексации утильсбора с 1 января 2027 года. Для машин мощностью до 160 л. с. коэффициент повысят с 52,7 до 58,7.",
      "date: 2026-08-01\nNew fee rates\nThe industry ministry posted a draft resolution indexing the recycling fee from January 1, 2027. For cars up to 160 hp the coefficient will be raised from 52.7 to 58.7.",
    ]) {
      const found = decisions(text);
      expect(found.some((d) => d.status === "adopted")).toBe(false);
      expect(found).toContainEqual({ kind: "fee", country: "RU", status: "draft", effective: "2027-01-01" });
    }
  });

  it("gives a parliament's draft told beside a postponement no start from the rates", () => {
    const found = decisions(
      "date: 2026-03-12\nThe fee step is moved\nThe government has moved the next indexation of the recycling fee from January 1 to July 1, 2027.\n\nRecycling fee, roubles\n| Category | now | from 01.07.2027 |\n| new, 1-2 l, 160-190 hp | 900 000 | 1 035 000 |\n\nSeparately, a group of State Duma deputies submitted a bill that would raise the recycling fee privilege for individuals to 200 hp.",
    );
    expect(found).toContainEqual({
      kind: "fee",
      country: "RU",
      status: "postponed",
      effective: "2027-07-01",
    });
    expect(found).toContainEqual({ kind: "fee", country: "RU", status: "draft", effective: null });
  });
});
