import { readAuthorLine } from '../read-author-line.ts';
import { readDateLine } from '../read-date-line.ts';
import type { ImportMessage, PageFact, PageFacts } from '../types.ts';
import { names, readJsonLd, text } from './json-ld.ts';

/** How the messages name each field. */
const LABELS = { title: 'the headline', publisher: 'the publisher', published: 'the publication day', byline: 'the byline', url: 'the link' } as const;

/** The content of `<meta property=…>` or `<meta name=…>`, trimmed; null when absent or empty. */
function meta(document: Document, key: string): string | null {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = element?.getAttribute('content')?.trim();
  return content ? content : null;
}

/** The first candidate that has a value, as a fact. */
function first(candidates: [where: string, value: string | null][]): PageFact | null {
  const found = candidates.find(([, value]) => value !== null);
  return found ? { value: found[1]!, where: found[0], text: found[1]! } : null;
}

/** `title` without a trailing site name (`Headline | Reuters`, `Headline - Courier News Agency`), when the site is known. */
function withoutSite(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  const last = parts.at(-1)?.toLowerCase();
  if (parts.length < 2 || !site || !last || !(site.toLowerCase().includes(last) || last.includes(site.toLowerCase()))) return title;
  return title.slice(0, title.length - parts.at(-1)!.length).replace(/\s+[|–—-]\s+$/, '');
}

/**
 * The publication day a page's date field gives: the day as written in an ISO timestamp
 * (`2024-10-23T03:09:00+09:00` → `2024-10-23`, the publisher's own day, never converted to
 * another time zone), or a date written out (`October 23, 2024`); null otherwise.
 */
export function pageDay(value: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value);
  if (iso) return iso[1]!;
  const line = readDateLine(value);
  return line && !line.ambiguous ? line.date : null;
}

/** The day of a date fact, or null (with a message) when it cannot be read. */
function day(fact: PageFact | null, messages: ImportMessage[]): PageFact | null {
  if (!fact) return null;
  const value = pageDay(fact.text);
  if (value) return { ...fact, value };
  messages.push({ rule: 'page/date', field: 'published', reason: `the page's ${fact.where} “${fact.text}” is not a date; ignored` });
  return null;
}

/** The first absolute http(s) link among the candidates; a relative or other link is reported and passed over. */
function link(candidates: [where: string, value: string | null][], messages: ImportMessage[]): PageFact | null {
  for (const [where, value] of candidates) {
    if (value === null) continue;
    if (/^https?:\/\/\S+$/i.test(value)) return { value, where, text: value };
    messages.push({ rule: 'page/url', field: 'url', reason: `the page's ${where} “${value}” is not an absolute http(s) link; ignored` });
  }
  return null;
}

/**
 * Reads what a saved page says about its article, from the places news sites fill for
 * search engines and social networks, in this order of trust:
 * - headline: JSON-LD `headline`, `og:title`, the first `<h1>`, `<title>` (without the site's name);
 * - publisher: `og:site_name`, JSON-LD `publisher.name`;
 * - publication day: `article:published_time`, JSON-LD `datePublished`;
 * - byline: JSON-LD `author` (agencies among the authors are wire credits), `<meta name=author>`;
 * - url: `<link rel=canonical>`, `og:url`.
 * Each value read, and each the page gives twice with a difference, is reported.
 */
export function readPageFacts(document: Document): { facts: PageFacts; messages: ImportMessage[] } {
  const messages: ImportMessage[] = [];
  const ld = readJsonLd(document);
  for (const block of ld.broken) messages.push({ rule: 'page/json-ld', reason: `JSON-LD block ${block} of the page is not valid JSON; ignored` });
  const article = ld.article;

  const publisher = first([
    ['og:site_name', meta(document, 'og:site_name')],
    ['JSON-LD publisher.name', names(article?.publisher, ld.byId)[0]?.name ?? null],
  ]);
  const site = publisher?.value ?? null;
  const ogTitle = meta(document, 'og:title');
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const headline = first([
    ['JSON-LD headline', text(article, 'headline')],
    ['og:title', ogTitle && withoutSite(ogTitle, site)],
    ['<h1>', h1],
    ['<title>', pageTitle && withoutSite(pageTitle, site)],
  ]);
  const headlines = [text(article, 'headline'), ogTitle, ogTitle && withoutSite(ogTitle, site), h1, pageTitle, pageTitle && withoutSite(pageTitle, site)];

  const published = day(first([['meta article:published_time', meta(document, 'article:published_time')], ['JSON-LD datePublished', text(article, 'datePublished')]]), messages);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const url = link([['link rel=canonical', canonical], ['og:url', meta(document, 'og:url')]], messages);

  // Authors: people make the byline; an agency is a wire credit; the publisher itself credits no one.
  const authors = names(article?.author, ld.byId).filter(({ name }) => name.toLowerCase() !== site?.toLowerCase());
  const metaAuthor = meta(document, 'author');
  const read = authors.length > 0
    ? { where: 'JSON-LD author', line: authors.map(({ name }) => name).join(', ') }
    : metaAuthor ? { where: 'meta author', line: metaAuthor.replace(/^by\s+/i, '') } : null;
  const author = read ? readAuthorLine(read.line, { mode: 'by' }) : null;
  const byline = read && author?.byline ? { value: author.byline, where: read.where, text: read.line } : null;
  const wire = read && author ? author.agencies.map((agency) => ({ value: agency, where: read.where, text: read.line })) : [];
  if (read && (!author || (!author.byline && author.agencies.length === 0))) {
    messages.push({ rule: 'page/author', field: 'byline', reason: `the page's ${read.where} “${read.line}” names no person or agency; ignored` });
  }

  const facts: PageFacts = {
    headline,
    headlines: [...new Set(headlines.filter((value): value is string => Boolean(value)))],
    publisher,
    published,
    byline,
    wire,
    url,
  };
  for (const [field, fact] of [['title', headline], ['publisher', publisher], ['published', published], ['byline', byline], ['url', url]] as const) {
    if (fact) messages.push({ rule: `page/${field}`, field, reason: `read ${LABELS[field]} “${fact.value}” from the page's ${fact.where}` });
  }
  for (const credit of wire) messages.push({ rule: 'page/wire', field: 'wire', reason: `read the wire credit “${credit.value}” from the page's ${credit.where}` });
  const otherDate = day(first([['JSON-LD datePublished', meta(document, 'article:published_time') ? text(article, 'datePublished') : null]]), []);
  if (published && otherDate && otherDate.value !== published.value) {
    messages.push({
      rule: 'page/second-date',
      field: 'published',
      reason: `the page's JSON-LD datePublished “${otherDate.text}” gives another day than its article:published_time; used ${published.value}. Pass --published if that is wrong.`,
    });
  }
  return { facts, messages };
}
