/** A timestamp shown in the reader's locale, with the exact ISO value in the title. */
export function Time({ value }: { value: string }) {
  const date = new Date(value);
  const text = Number.isNaN(date.getTime()) ? value : date.toLocaleString();
  return (
    <time dateTime={value} title={value}>
      {text}
    </time>
  );
}
