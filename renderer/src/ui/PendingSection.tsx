type Props = { title: string; text: string };

/**
 * A section for records of a module that is not recorded yet: says so honestly
 * instead of showing an empty or invented list.
 */
export function PendingSection({ title, text }: Props) {
  return (
    <section className="card card--pending" aria-label={title}>
      <h2 className="card__title">{title}</h2>
      <p className="pending__text">{text}</p>
    </section>
  );
}
