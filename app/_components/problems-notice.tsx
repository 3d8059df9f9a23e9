/** What in the address or the form was not understood, as a list; nothing when all was. */
export function ProblemsNotice({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <ul>
        {problems.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
