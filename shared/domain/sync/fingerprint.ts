/** A key fingerprint (hex) in groups of four characters, for reading out over the phone. */
export const fingerprintGroups = (hex: string): string[] => hex.match(/.{1,4}/g) ?? [hex];

/** The groups on one line, separated by spaces (the CLI's form). */
export const groupFingerprint = (hex: string): string => fingerprintGroups(hex).join(' ');
