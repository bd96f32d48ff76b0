// What must not be kept from a sentence a person typed when we keep the sentence without the person
// (the guide's unanswered questions): numbers that identify someone — ID numbers (身份证: 15 or 18
// characters, the last may be X), mobile and landline numbers (with +86, spaces or dashes), bank cards,
// passport and licence-plate numbers: any run with five digits or more — and e-mail addresses. Short
// numbers stay ("八十多岁", "3号楼", "2024年"): they are what the question is about.

/** What stands where something was taken out. */
export const REDACTED = "***";

const MIN_DIGITS = 5;
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Digits with the letters stuck to them (a passport's E, an ID's X), in groups joined by a space, dash, dot, slash or bracket. */
const numberRun = /[A-Za-z]*\d[\dA-Za-z]*(?:[\s\-–—.·/()（）]{1,3}[A-Za-z]*\d[\dA-Za-z]*)*/g;

export function redactPersonalData(text: string): string {
  return text
    .normalize("NFKC") // full-width digits (１３９…) become digits
    .replace(email, REDACTED)
    .replace(numberRun, (run) => (run.replace(/\D/g, "").length >= MIN_DIGITS ? REDACTED : run));
}
