import { Fragment } from 'react';
import { fingerprintGroups } from '#shared/domain/sync/fingerprint';

/**
 * A fingerprint in rows of 4-character groups, large and monospaced, so two people
 * can read it to each other over the phone. The text copies as `3f2a 9c01 …`, the
 * way the city's CLI prints it.
 */
export function Fingerprint({ value }: { value: string }) {
  return (
    <span className="fingerprint">
      {fingerprintGroups(value).map((group, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : ''}
          <span className="fingerprint__group">{group}</span>
        </Fragment>
      ))}
    </span>
  );
}
