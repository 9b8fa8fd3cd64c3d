// An article page to its main text: Mozilla Readability (Firefox's reader view) over linkedom,
// a light DOM without a browser. The page's metadata gives the publication date and the
// canonical address when the feed item did not.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText, isoDate } from "./parse.ts";

export interface PageReading {
  title: string | null;
  /** The main text as plain text, paragraphs on their own lines; null when none was found. */
  text: string | null;
  /** YYYY-MM-DD from article:published_time, datePublished and the like. */
  published: string | null;
  canonical: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="mediator_published_time"]',
];

const JUNK = [
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "script",
  "style",
  "noscript",
  "iframe",
  '[class*="cookie"]',
  '[id*="cookie"]',
  '[class*="gdpr"]',
  '[class*="consent"]',
  '[class*="subscribe"]',
  '[class*="share"]',
  '[role="navigation"]',
  '[aria-hidden="true"]',
].join(", ");

type Doc = ReturnType<typeof parseHTML>["document"];

function publishedOf(document: Doc): string | null {
  for (const selector of DATE_META) {
    const date = isoDate(document.querySelector(selector)?.getAttribute("content"));
    if (date) return date;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    const date = isoDate(m?.[1]);
    if (date) return date;
  }
  const time = document.querySelector("article time[datetime], time[pubdate], time[datetime]");
  return isoDate(time?.getAttribute("datetime"));
}

export function readPage(html: string, url: string): PageReading {
  const { document } = parseHTML(html);
  const published = publishedOf(document);
  let canonical: string | null = null;
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  if (href) {
    try {
      canonical = new URL(href, url).href;
    } catch {
      canonical = null;
    }
  }
  // Readability keeps everything when an article is short; what is never the article goes first.
  for (const el of document.querySelectorAll(JUNK)) el.remove();
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const text = article?.content ? htmlToText(article.content) : null;
  return {
    title: article?.title?.trim() || null,
    text: text && text.length >= 80 ? text : null,
    published: published ?? isoDate(article?.publishedTime ?? null),
    canonical,
  };
}
