/**
 * Labels some outlets open their paragraphs with, as a layout rather than as words of the text:
 * "Source: Berg at a press conference", then "Quote: “…”". A label names no speaker of its own.
 */

/** "Quote: “…”", "Quotes:": the words after the label are the quotation, given to no one new. */
const QUOTATION_LABEL = /^\s*(?:Quotes?|Quotation|Citation)\s*:\s*/;

/** "Source: Berg at a press conference", "Sources: …": a line that only credits where the report comes from. */
const SOURCE_LABEL = /^\s*Sources?\s*:\s/;

/** The text (its quotations masked) without a quotation label at its start. */
export function withoutQuotationLabel(text: string): string {
  return text.replace(QUOTATION_LABEL, '');
}

/** Whether `lead`, the text before a quotation, is a quotation label and nothing else. */
export function isQuotationLabel(lead: string): boolean {
  return lead.trim() !== '' && withoutQuotationLabel(lead).trim() === '';
}

/** Whether the paragraph opens with a source label. */
export function opensWithSourceLabel(text: string): boolean {
  return SOURCE_LABEL.test(text);
}
