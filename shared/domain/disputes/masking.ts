/**
 * How sensitive party fields look until an operator reveals them (a reveal is
 * written to the change log by the service).
 *
 * - Mobile numbers keep the first 3 and last 4 digits (138****5678), the form
 *   Chinese services print everywhere, so clerks recognise it.
 * - Landlines keep the area code and the last 4 digits (0715-***3456): the area
 *   code says nothing about the person.
 * - ID numbers keep the first 4 (province and city) and the last 4 (sequence and
 *   check character): 4212**********1234. Digits 5–14 are hidden because they hold
 *   the county and the birth date; the last 4 are enough to match the card a
 *   visitor holds out.
 */
const MOBILE = /^1\d{10}$/;

/** Replaces every character but the first `head` and the last `tail` with '*'. */
function maskMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (MOBILE.test(value)) return maskMiddle(value, 3, 4);
  const dash = value.indexOf('-');
  if (dash > 0) {
    const local = value.slice(dash + 1);
    return `${value.slice(0, dash)}-${maskMiddle(local, 0, Math.min(4, Math.max(local.length - 3, 0)))}`;
  }
  // Eleven digits or more (a landline written without its dash): the mobile rule.
  if (value.length >= 11) return maskMiddle(value, 3, 4);
  // Anything shorter is unrecognised: keep as little as still tells numbers apart.
  return maskMiddle(value, Math.floor(value.length / 4), Math.floor(value.length / 3));
}

export function maskIdNumber(id: string): string {
  const value = id.trim();
  return maskMiddle(value, value.length >= 15 ? 4 : 0, Math.min(4, Math.floor(value.length / 3)));
}

type WithSensitive = { phone?: string | null; idNumber?: string | null };

/** A copy of a party with its sensitive fields masked (null stays null). */
export function maskParty<T extends WithSensitive>(p: T): T {
  const copy = { ...p };
  if (typeof p.phone === 'string') copy.phone = maskPhone(p.phone);
  if (typeof p.idNumber === 'string') copy.idNumber = maskIdNumber(p.idNumber);
  return copy;
}

// Digits not part of a longer number: an ID number (18 with its check character, or the
// old 15), a mobile number, or a landline with its area code.
const ID_IN_TEXT = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])/g;
const PHONE_IN_TEXT = /(?<![0-9])(?:1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})(?![0-9])/g;

/**
 * Free text (a case description) with anything shaped like an ID or phone number
 * masked the way the fields are (138****5678), for copies that leave the screen,
 * such as the ledger export: clerks sometimes type a number into the description.
 */
export function maskNumbersInText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskIdNumber(id)).replace(PHONE_IN_TEXT, (phone) => maskPhone(phone));
}
