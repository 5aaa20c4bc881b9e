import { likeliestRegion, regionOf } from "../../extractors/context/region.js";
import { latestYearMentioned } from "../../extractors/resolve/restated.js";
import type { CleanDocument, DocumentMeta } from "../../schemas/document.js";
import { datelineDate, findDateline, latestPointCounted, nationalSessionYear } from "./dateline.js";
import { datedTitle, findProposal, issuerInTitle, readHeader } from "./header.js";
import { kindOf } from "./kind.js";
import { findDocNumbers, ownNumber } from "./numbers.js";
import { periodOf } from "./period.js";
import { findContact, findPublished, findSignature } from "./signature.js";

/** Reads a document's number, issuer, date, title, addressees, kind, proposal and contact. */
export function readMetadata(doc: Pick<CleanDocument, "text">): DocumentMeta {
  const { text } = doc;
  const lines = text.split("\n");
  const mentions = findDocNumbers(text);
  const own = ownNumber(text, mentions);
  const numberLine = own ? text.slice(0, own.start).split("\n").length - 1 : null;
  const header = readHeader(lines, numberLine !== null && numberLine < 30 ? numberLine : null);
  const signature = findSignature(lines);
  const published = findPublished(text);
  const dated = datedTitle(header.title);
  // A news lead's dateline (新华社北京4月26日电) says the day the report was written; the page's date or the
  // latest year the text speaks of as now says its year.
  const dateline = findDateline(text, published.date !== null);
  const reported = dateline
    ? datelineDate(
        dateline,
        published.date,
        published.date ? null : yearOfNow(text),
        published.date ? null : latestPointCounted(text),
      )
    : null;
  // A title that opens with its issuer (某厅关于…的函) wins over an organisation named below it, which is
  // an addressee a web copy set on a line of its own (团省委).
  const titled = issuerInTitle(dated.title);
  const letterhead = header.letterheadBelowTitle && titled ? null : header.letterhead;
  // A page's source line that names no place (来源：市民政局) is the body its title names in full
  // (宁波市民政局对…的答复).
  const source =
    published.source && titled && regionOf(published.source) === null && regionOf(titled) !== null
      ? titled
      : published.source;
  const issuer = letterhead ?? signature.signer ?? source ?? titled;
  const opening = lines.slice(header.bodyStart, header.bodyStart + 3).join("\n");
  // The line the letter is addressed on (张某、李某等委员：), which the addressees keep without the role.
  const salutation = header.addressees.length ? (lines[header.bodyStart - 1] ?? "").trim() : "";
  const proposal = findProposal(`${header.title ?? ""}\n${opening}`);
  const contact = findContact(text);
  return {
    docNumber: own?.text ?? null,
    citedNumbers: [...new Set(mentions.filter((m) => m !== own && m.text !== own?.text).map((m) => m.text))],
    issuer,
    issued: signature.issued ?? dated.date ?? reported ?? published.date,
    title: dated.title,
    addressees: header.addressees,
    kind: kindOf(header.title, opening, own?.text ?? null, salutation),
    proposalNumber: proposal.number,
    meeting: proposal.meeting,
    contactPerson: contact.person,
    contactPhone: contact.phone,
    region: regionOf(issuer) ?? regionOf(signature.signer) ?? likeliestRegion(text),
    period: periodOf(header.title),
  };
}

/**
 * The year a text speaks of as now: the latest it names as such, or a later one of a national session it
 * names (a report from 十二届全国人大一次会议 is of 2013 at the earliest).
 */
function yearOfNow(text: string): string | null {
  const said = latestYearMentioned(text);
  const session = nationalSessionYear(text);
  if (said === null || session === null) return said ?? session;
  return Number(session) > Number(said) ? session : said;
}
